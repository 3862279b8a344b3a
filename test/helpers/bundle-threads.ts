/**
 * Three small threads for the search index writer's tests: one of several pages, quotes, URLs,
 * CJK text, diacritics, compounds, an empty post, a tag, and posts with and without authors.
 */
import type { PostRecord, ThreadRecord } from '../../scripts/records/types.ts';

const BODIES = [
  'Knead the dough until it is smooth, then let it rise somewhere warm.',
  'Anna wrote:\nKnead the dough until it is smooth\n\nI never knead mine; a long cold rise does the work.',
  'See https://example.org/wiki/Sourdough_starter and the café’s page.find() notes: 72.6% hydration!',
  '我们去公园 吃面包。 Crème brûlée — naïve façade, Ærøskøbing, ÉCOLE.',
  'snake_case, CamelCase, e-mail, 3.14159, C++ and “curly quotes”.',
  '',
  'Rye bread needs a warm proof; rye is sticky. Warm water helps the yeast.',
];

function post(n: number, thread: number): PostRecord {
  const day = String(1 + ((n + thread * 7) % 28)).padStart(2, '0');
  return {
    n,
    date: `20${10 + thread}-0${1 + (n % 9)}-${day}T${String(n % 24).padStart(2, '0')}:00`,
    author: n % 3 === 0 ? null : `Baker ${n % 4}`,
    body: `${BODIES[(n + thread) % BODIES.length]} post${n}x${thread}`,
  };
}

function thread(k: number, posts: number, title: string): ThreadRecord {
  const id = `${k}a`.padEnd(16, '0');
  return {
    id,
    forumId: 'f00000000001',
    forum: k % 2 ? 'Bread & Pastry' : 'Café talk',
    title,
    slug: `${id}-t${k}`,
    source: `${id}.txt`,
    sha256: '0'.repeat(64),
    posts: Array.from({ length: posts }, (_, i) => post(i + 1, k)),
    ...(k === 2 && { tags: [{ id: 'rye', name: 'rye' }] }),
  };
}

export const threads: ThreadRecord[] = [
  thread(1, 120, 'Sourdough: the long rise'),
  thread(2, 9, 'Rye — warm proof?'),
  thread(3, 3, '公园 bread café'),
];
