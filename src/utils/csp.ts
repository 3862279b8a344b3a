import { createHash } from 'node:crypto';

/**
 * The few scripts a page carries inline, each rendered with `<script is:inline set:html={…}>` so
 * the bytes the browser hashes are exactly these strings. Everything else is a linked file.
 */
export const INLINE_SCRIPTS = {
  /** LocalSearchNote.astro: pages opened from disk cannot load the search index, so say so. */
  localSearchNote:
    "if (location.protocol === 'file:') document.getElementById('local-search-note').hidden = false;",
} as const;

/** `'sha256-…'`, the CSP source that lets exactly `source` run inline. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` tag (Base.astro).
 *
 * Text from the dump is only ever rendered as text; the policy is the second line of defence, so
 * that markup which slipped through could run nothing. Inline scripts run only with their hash
 * (INLINE_SCRIPTS); astro.config.mjs makes Astro link its scripts and stylesheets as files, and
 * components use classes, never `style=""`. Pagefind loads its script, worker, WebAssembly and
 * index from the site itself and needs `'wasm-unsafe-eval'` to compile its search engine.
 * `frame-ancestors` and `report-uri` are left out: browsers ignore them in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...Object.values(INLINE_SCRIPTS).map(scriptHash)].join(
    ' ',
  ),
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
