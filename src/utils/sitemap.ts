/**
 * sitemaps.org XML for the archive's pages, split into files of at most `limit` URLs (the
 * protocol's maximum is 50,000) under a sitemap index when there are more. Pure.
 */

/** One page: its absolute URL and, when known, the day it last changed (`YYYY-MM-DD`). */
export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
}

/** One file to write at the site root: `sitemap.xml`, `sitemap-1.xml`, … */
export interface SitemapFile {
  name: string;
  xml: string;
}

/** The protocol's maximum URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.loc)}</loc>` +
      (entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : '') +
      '</url>',
  );
  return `${HEAD}<urlset xmlns="${NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * `sitemap.xml` alone when the entries fit in one file; else `sitemap.xml` as an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, … (`root`: the site's absolute URL, ending in `/`).
 */
export function sitemapFiles(
  entries: readonly SitemapEntry[],
  root: string,
  limit = SITEMAP_LIMIT,
): SitemapFile[] {
  if (entries.length <= limit) return [{ name: 'sitemap.xml', xml: urlset(entries) }];
  const files: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    files.push({
      name: `sitemap-${files.length + 1}.xml`,
      xml: urlset(entries.slice(start, start + limit)),
    });
  }
  const index = files.map(
    (file) => `<sitemap><loc>${escapeXml(new URL(file.name, root).href)}</loc></sitemap>`,
  );
  return [
    {
      name: 'sitemap.xml',
      xml: `${HEAD}<sitemapindex xmlns="${NS}">\n${index.join('\n')}\n</sitemapindex>\n`,
    },
    ...files,
  ];
}

/** `robots.txt` allowing everything and pointing at the sitemap. */
export function robotsTxt(sitemap: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
