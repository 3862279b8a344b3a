/** `robots.txt` pointing at the sitemap: only built with `--site` (a sitemap needs absolute URLs). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { robotsTxt } from '../utils/sitemap.ts';
import { absoluteUrl } from '../utils/url.ts';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { robots: 'robots' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(import.meta.env.SITE, 'sitemap.xml')), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
