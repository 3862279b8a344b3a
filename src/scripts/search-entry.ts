/** The search page's script (Search.astro): wires the search UI. */
import { setUpSearch } from './search.ts';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUpSearch(root);
