/**
 * Keyboard use of the result list: ↓/↑ move between result links (from the search box into the
 * list and back), Escape returns to the box; Enter opens a link as links always do.
 */

/** Wires arrow keys on `input` and on the links inside `list`. */
export function setUpResultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () =>
    [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')].filter(
      (link) => link.offsetParent !== null, // skip links in collapsed entries
    );
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}
