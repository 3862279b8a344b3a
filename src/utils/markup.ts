/**
 * Escaping for markup written as a string (see `post-html.ts`), with Astro's own functions: a
 * value comes out byte for byte as an `{expression}` or `attr={value}` in a template writes it.
 */
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';

/** `value` as element text: `&`, `<`, `>`, `'` and `"` escaped, as Astro writes `{value}`. */
export function text(value: string | number): string {
  return escapeHTML(String(value));
}

/** ` key="value"` with the value escaped, as Astro writes `key={value}` for a string value. */
export function attribute(key: string, value: string): string {
  return String(addAttribute(value, key));
}
