/** A schema.org item read from microdata: its type and every value of each property. */
export interface MicrodataItem {
  type: string | null;
  properties: Record<string, (string | MicrodataItem)[]>;
}

/**
 * The document's top-level microdata items, read as the HTML standard's microdata model says
 * (without `itemref`, which the site does not use). Self-contained, so it runs in the page:
 * `page.evaluate(readMicrodata)`.
 */
export function readMicrodata(): MicrodataItem[] {
  const valueOf = (element: Element): string => {
    if (element instanceof HTMLMetaElement) return element.content;
    if (element instanceof HTMLAnchorElement || element instanceof HTMLLinkElement) {
      return element.href;
    }
    if (element instanceof HTMLTimeElement) return element.dateTime || element.textContent;
    return element.textContent;
  };
  const read = (scope: Element): MicrodataItem => {
    const properties: MicrodataItem['properties'] = {};
    const visit = (parent: Element): void => {
      for (const child of parent.children) {
        const names = child.getAttribute('itemprop')?.split(/\s+/).filter(Boolean) ?? [];
        const value = child.hasAttribute('itemscope') ? read(child) : valueOf(child);
        for (const name of names) (properties[name] ??= []).push(value);
        // A nested item's properties are its own.
        if (!child.hasAttribute('itemscope')) visit(child);
      }
    };
    visit(scope);
    return { type: scope.getAttribute('itemtype'), properties };
  };
  return [...document.querySelectorAll('[itemscope]:not([itemprop])')].map(read);
}
