import type { DumpContext } from './context.ts';
import { generateUserName } from './names.ts';
import { generateBody } from './post-body.ts';
import type { ThreadMemory } from './quote.ts';
import type { Rng } from './rng.ts';
import { generateTimeline } from './timeline.ts';
import { generateTitle } from './titles.ts';

/** A post as the generator means it: its date and its body exactly as written in the file. */
export interface GeneratedPost {
  /** `YYYY-MM-DDTHH:MM`. */
  date: string;
  /** The lines between this header and the next, joined by LF (raw: may keep trailing blanks). */
  body: string;
}

/** How a thread is laid out as bytes; chosen per file so dumps mix line endings like real ones. */
export interface ThreadLayout {
  /** `mixed`: CRLF on every third line, LF on the rest. */
  eol: 'lf' | 'crlf' | 'mixed';
  finalNewline: boolean;
  /** Spaces/tabs after the title on line 2 (the grammar trims them). */
  titlePadding: string;
}

/** A generated thread: what the file says (forum and title trimmed) and how it is laid out. */
export interface GeneratedThread {
  forum: string;
  title: string;
  posts: GeneratedPost[];
  layout: ThreadLayout;
}

/** Generate one thread of `postCount` posts; all randomness comes from `rng`. */
export function generateThread(rng: Rng, context: DumpContext, postCount: number): GeneratedThread {
  const { vocabulary } = context;
  const forum = context.forums[context.forumSampler.sample(rng)] as string;
  const title = generateTitle(rng, vocabulary);
  const dates = generateTimeline(rng, postCount);
  const people = Array.from({ length: rng.int(2, 12) }, () => generateUserName(rng, vocabulary));
  const memory: ThreadMemory = { authors: [], paragraphs: [] };
  const posts: GeneratedPost[] = [];
  for (const date of dates) {
    const { body, paragraphs } = generateBody(rng, vocabulary, memory);
    posts.push({ date, body });
    memory.authors.push(rng.pick(people));
    memory.paragraphs.push(paragraphs);
  }
  const eolRoll = rng.float();
  const layout: ThreadLayout = {
    eol: eolRoll < 0.02 ? 'crlf' : eolRoll < 0.025 ? 'mixed' : 'lf',
    finalNewline: rng.chance(0.9),
    titlePadding: rng.chance(0.01) ? rng.pick([' ', '  ', '\t', ' \t']) : '',
  };
  return { forum, title, posts, layout };
}
