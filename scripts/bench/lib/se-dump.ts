import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from '../../generate/lib/rng.ts';

const words = (
  'egg boil water minute salt pan heat oil garlic onion sauce butter flour whisk simmer roast ' +
  'oven bread yeast dough knead rise bake crust sugar cream milk cheese knife cut slice dice ' +
  'stock soup broth rice pasta noodle fry grill steam temperature recipe taste season pepper ' +
  'crème brûlée café jalapeño über naïve 出汁 ラーメン смесь'
).split(' ');
const names = ['Alice', 'Bob', 'Zoë', 'Søren', 'José', 'Łukasz', '田中', 'Ахмед', 'Chloé', 'Ng'];

/** What a generated dump holds, for the benchmark's report. */
export interface GeneratedDump {
  postsBytes: number;
  questions: number;
  posts: number;
}

const escape = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#xA;');

const sentence = (rng: Rng, min: number, max: number) =>
  Array.from({ length: rng.int(min, max) }, () => rng.pick(words)).join(' ');

/** A body like Stack Exchange's: paragraphs, sometimes code, a list, a link or an image. */
function body(rng: Rng): string {
  const parts: string[] = [];
  for (let i = rng.int(1, 5); i > 0; i--) {
    parts.push(`<p>${sentence(rng, 15, 70)} <em>${rng.pick(words)}</em>.</p>`);
    if (rng.chance(0.2))
      parts.push(
        `<pre><code>if (a &lt; b &amp;&amp; c) {\n  heat(${rng.int(1, 99)});\n}\n</code></pre>`,
      );
    if (rng.chance(0.15))
      parts.push(`<ul><li>${sentence(rng, 2, 6)}</li><li>${sentence(rng, 2, 6)}</li></ul>`);
    if (rng.chance(0.15))
      parts.push(`<p>See <a href="https://example.org/${rng.int(1, 1e6)}">this</a>.</p>`);
    if (rng.chance(0.05))
      parts.push(`<p><img src="https://i.example/${rng.int(1, 1e6)}.png" alt="photo"></p>`);
  }
  return parts.join('\n');
}

const date = (minute: number) => {
  const iso = new Date(Date.UTC(2010, 0, 1) + minute * 60_000).toISOString();
  return `${iso.slice(0, 23)}`;
};

/** Buffered synchronous writes: the generator never holds a whole file. */
function writer(path: string) {
  const fd = openSync(path, 'w');
  let chunks: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, chunks.join(''));
    chunks = [];
    size = 0;
  };
  return {
    line(text: string) {
      chunks.push(text, '\n');
      size += text.length;
      if (size > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/**
 * Writes `Posts.xml` (about `bytes` long), `Users.xml` and `Comments.xml` following the real
 * schema, deterministically from `seed`. Rows are shuffled in blocks of 64, so answers often come
 * before their question, as in recent dumps; 1 % of answers are orphans, 1 % of rows tag wikis.
 * `users` is the number of rows of `Users.xml`; posts are by any of them or by the 50 ids past
 * them (users that are gone).
 */
export function writeStackExchangeDump(
  dir: string,
  bytes: number,
  seed: string,
  users = 5_000,
): GeneratedDump {
  mkdirSync(dir, { recursive: true });
  const rng = createRng(seed, 'stackexchange');
  const usersFile = writer(join(dir, 'Users.xml'));
  usersFile.line('<?xml version="1.0" encoding="utf-8"?>\n<users>');
  for (let id = 1; id <= users; id++) {
    usersFile.line(
      `  <row Id="${id}" Reputation="${rng.int(1, 9999)}" CreationDate="${date(id)}" DisplayName="${escape(`${rng.pick(names)} ${id}`)}" AboutMe="${escape('<p>cook</p>')}" />`,
    );
  }
  usersFile.line('</users>');
  usersFile.close();

  const posts = writer(join(dir, 'Posts.xml'));
  const comments = writer(join(dir, 'Comments.xml'));
  posts.line('<?xml version="1.0" encoding="utf-8"?>\n<posts>');
  comments.line('<?xml version="1.0" encoding="utf-8"?>\n<comments>');
  let written = 0;
  let nextId = 1;
  let commentId = 1;
  let minute = 0;
  let questions = 0;
  let count = 0;
  let block: string[] = [];
  const emit = (row: string) => {
    block.push(row);
    written += Buffer.byteLength(row) + 1;
    count++;
  };
  const flushBlock = () => {
    for (let i = block.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [block[i], block[j]] = [block[j]!, block[i]!];
    }
    block.forEach((row) => posts.line(row));
    block = [];
  };
  const owner = () =>
    rng.chance(0.05)
      ? `OwnerDisplayName="${escape(rng.pick(names))}"`
      : `OwnerUserId="${rng.int(1, users + 50)}"`;
  const comment = (postId: number) => {
    if (!rng.chance(0.4)) return;
    comments.line(
      `  <row Id="${commentId++}" PostId="${postId}" Score="${rng.int(0, 5)}" Text="${escape(sentence(rng, 5, 30))}" CreationDate="${date(minute)}" UserId="${rng.int(1, users)}" ContentLicense="CC BY-SA 4.0" />`,
    );
  };
  while (written < bytes) {
    const id = nextId++;
    minute += rng.int(1, 300);
    const answers = rng.int(0, 4);
    const accepted = answers > 0 && rng.chance(0.5) ? id + 1 : undefined;
    const tags = Array.from({ length: rng.int(1, 4) }, () => rng.pick(words.slice(0, 40)));
    emit(
      `  <row Id="${id}" PostTypeId="1"${accepted ? ` AcceptedAnswerId="${accepted}"` : ''} CreationDate="${date(minute)}" Score="${rng.int(-3, 50)}" ViewCount="${rng.int(1, 1e5)}" Body="${escape(body(rng))}" ${owner()} LastActivityDate="${date(minute + 60)}" Title="${escape(sentence(rng, 4, 12))}?" Tags="${escape(tags.map((t) => `<${t}>`).join(''))}" AnswerCount="${answers}" CommentCount="0" ContentLicense="CC BY-SA 4.0" />`,
    );
    questions++;
    comment(id);
    for (let a = 0; a < answers; a++) {
      const answerId = nextId++;
      const parent = rng.chance(0.01) ? id + 10_000_000 : id;
      emit(
        `  <row Id="${answerId}" PostTypeId="2" ParentId="${parent}" CreationDate="${date(minute + rng.int(1, 5000))}" Score="${rng.int(-3, 80)}" Body="${escape(body(rng))}" ${owner()} LastActivityDate="${date(minute + 6000)}" CommentCount="0" ContentLicense="CC BY-SA 4.0" />`,
      );
      comment(answerId);
    }
    if (rng.chance(0.01)) {
      emit(
        `  <row Id="${nextId++}" PostTypeId="5" CreationDate="${date(minute)}" Score="0" Body="${escape(body(rng))}" ContentLicense="CC BY-SA 4.0" />`,
      );
    }
    if (block.length >= 64) flushBlock();
  }
  flushBlock();
  posts.line('</posts>');
  comments.line('</comments>');
  posts.close();
  comments.close();
  return { postsBytes: statSync(join(dir, 'Posts.xml')).size, questions, posts: count };
}
