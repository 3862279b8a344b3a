import { InvalidArgumentError } from 'commander';

/** `--base sub` → `/sub/`: Astro and the server both expect leading and trailing slashes. */
export function normalizeBase(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\\]|\.\.|\s/.test(trimmed)) {
    throw new InvalidArgumentError('expected a URL path such as / or /archive/.');
  }
  return trimmed ? `/${trimmed}/` : '/';
}

/** `--site` must be an absolute http(s) URL; a trailing slash is added. */
export function normalizeSite(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute URL such as https://example.org/.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidArgumentError('expected an http:// or https:// URL.');
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
