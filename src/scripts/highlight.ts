/**
 * The search script of a thread page: when the URL carries `highlight` terms (a link from the
 * search page), load Pagefind's highlighter, mark the terms, and bring the linked post's first
 * mark into view. Without the parameter nothing is loaded.
 */
interface HighlightConstructor {
  new (options: { highlightParam: string; addStyles: boolean }): unknown;
}

/**
 * Highlights the terms in the URL's `param` using the script at `scriptUrl`
 * (pagefind-highlight.js). Both come from the page, so this module imports nothing.
 */
export async function highlightFromUrl(scriptUrl: string, param: string): Promise<void> {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(param)) return;
  const module = (await import(/* @vite-ignore */ new URL(scriptUrl, url).href)) as {
    default: HighlightConstructor;
  };
  // Styles come from the site's stylesheet: an injected <style> would break the CSP.
  new module.default({ highlightParam: param, addStyles: false });
  const post = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  const mark = (post ?? document).querySelector('mark');
  (mark ?? post)?.scrollIntoView({ block: 'center' });
}
