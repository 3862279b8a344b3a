import type { Rng } from './rng.ts';
import type { Vocabulary } from './vocabulary.ts';

const TLDS = ['com', 'org', 'net', 'de', 'co.uk', 'ru', 'fr', 'io', 'edu', 'info'];
const FILES = ['index.php', 'viewtopic.php', 'article.html', 'page.aspx', 'download.zip', ''];

/**
 * An http(s) URL of the shapes forum posts link to: wiki articles with parentheses, forum topics
 * with query strings and fragments, bare domains, deep paths. Hosts are built from pseudo-words,
 * so no generated link points at a real site by design.
 */
export function generateUrl(rng: Rng, vocabulary: Vocabulary): string {
  const scheme = rng.chance(0.7) ? 'https' : 'http';
  const www = rng.chance(0.4) ? 'www.' : '';
  const host = `${www}${hostWord(rng, vocabulary)}.${rng.pick(TLDS)}`;
  const shape = rng.int(0, 5);
  if (shape === 0) return `${scheme}://${host}`;
  if (shape === 1) return `${scheme}://${host}/`;
  if (shape === 2) {
    const title = capital(hostWord(rng, vocabulary));
    const suffix = rng.chance(0.3) ? `_(${hostWord(rng, vocabulary)})` : '';
    return `${scheme}://${host}/wiki/${title}_${hostWord(rng, vocabulary)}${suffix}`;
  }
  if (shape === 3) {
    const topic = rng.int(1, 999_999);
    const fragment = rng.chance(0.5) ? `#p${rng.int(1, 9_999_999)}` : '';
    return `${scheme}://${host}/forum/viewtopic.php?f=${rng.int(1, 99)}&t=${topic}${fragment}`;
  }
  const depth = rng.int(1, 4);
  let path = '';
  for (let i = 0; i < depth; i++) path += `/${hostWord(rng, vocabulary)}`;
  const file = rng.pick(FILES);
  const query = rng.chance(0.2)
    ? `?q=${hostWord(rng, vocabulary)}+${hostWord(rng, vocabulary)}`
    : '';
  return `${scheme}://${host}${path}/${file}${query}`;
}

// Hosts and paths are ASCII letters: a URL with an accented pseudo-word would be an IRI.
function hostWord(rng: Rng, vocabulary: Vocabulary): string {
  for (;;) {
    const word = vocabulary.word(rng);
    if (/^[a-z]{2,}$/.test(word)) return word;
  }
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
