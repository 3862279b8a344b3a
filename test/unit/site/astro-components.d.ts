// `tsc` cannot read `.astro` files (only Astro's language tools can), so the render tests see
// components through this declaration; Vitest compiles the real ones with Astro's Vite plugin.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
  /** Present on route files that have dynamic params. */
  export const getStaticPaths:
    | (() => { params: Record<string, string | undefined>; props: Record<string, unknown> }[])
    | undefined;
}
