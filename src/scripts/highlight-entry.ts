import { highlightFromUrl } from './highlight.ts';

const element = document.querySelector<HTMLElement>('[data-search-highlight]');
const script = element?.dataset['searchHighlight'];
const param = element?.dataset['param'];
if (script && param) void highlightFromUrl(script, param);
