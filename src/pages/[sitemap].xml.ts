/** `sitemap.xml` (and `sitemap-N.xml` past 50,000 URLs): only built with `--site`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePages } from '../utils/site-pages.ts';
import { sitemapFiles, type SitemapFile } from '../utils/sitemap.ts';
import { absoluteUrl } from '../utils/url.ts';

export const getStaticPaths = (() => {
  if (!import.meta.env.SITE) return [];
  const root = new URL(import.meta.env.SITE);
  return sitemapFiles(sitePages(root), absoluteUrl(root, '')).map((file) => ({
    params: { sitemap: file.name.replace(/\.xml$/, '') },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SitemapFile }> = ({ props }) =>
  new Response(props.file.xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
