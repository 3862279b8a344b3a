import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { robotsTxt, sitemapFiles, type SitemapEntry } from '../../../src/utils/sitemap.ts';

const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const entries = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, k) => ({
    loc: `https://h/sub/t/${k}/?a=1&b=2`,
    lastmod: '2015-04-11',
  }));

describe('sitemapFiles', () => {
  test('should write one urlset when the URLs fit, escaping XML', () => {
    const files = sitemapFiles(entries(3), 'https://h/sub/', 5);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(files[0]!.xml).toContain('?a=1&amp;b=2');
    const doc = parser.parse(files[0]!.xml);
    expect(files[0]!.xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(entries(3).map((e) => e.loc));
    expect(doc.urlset.url[0].lastmod).toBe('2015-04-11');
  });

  test('should split past the limit under a sitemap index of absolute URLs', () => {
    const files = sitemapFiles(entries(11), 'https://h/sub/', 5);
    expect(files.map((f) => f.name)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
    ]);
    const index = parser.parse(files[0]!.xml);
    expect(index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://h/sub/sitemap-1.xml',
      'https://h/sub/sitemap-2.xml',
      'https://h/sub/sitemap-3.xml',
    ]);
    const counts = files.slice(1).map((f) => parser.parse(f.xml).urlset.url.length);
    expect(counts).toEqual([5, 5, 1]);
  });

  test('should keep the protocol limit of 50,000 URLs per file by default', () => {
    const files = sitemapFiles(entries(50_001), 'https://h/');
    expect(files).toHaveLength(3);
    expect(files[1]!.xml.match(/<url>/g)).toHaveLength(50_000);
    expect(files[2]!.xml.match(/<url>/g)).toHaveLength(1);
  });
});

describe('robotsTxt', () => {
  test('should point at the sitemap', () => {
    expect(robotsTxt('https://h/sub/sitemap.xml')).toMatch(
      /^Sitemap: https:\/\/h\/sub\/sitemap\.xml$/m,
    );
  });
});
