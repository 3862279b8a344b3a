import type { ThreadDraft } from '../../../records/index.ts';
import type { CommentRecord, PostRecord } from '../../../records/types.ts';
import { minuteOf } from './dates.ts';
import { detach } from './detach.ts';
import type { Row } from './rows.ts';
import { sanitizeBody } from './sanitize.ts';
import { parseTags, tagRefs } from './tags.ts';

/** Everything one thread is made of, already read from the dump. */
export interface ThreadRows {
  /** The forum name: the site. */
  forum: string;
  /** sha256 of `Posts.xml`, which every thread comes from. */
  sha256: string;
  question: Row;
  answers: readonly Row[];
  /** Comment rows of a post `Id`. */
  commentsOf: (postId: string) => readonly Row[];
  /** `DisplayName` of a user `Id` from `Users.xml`. */
  userName: (userId: string) => string | undefined;
}

/** A thread, or nothing when its question is unusable, plus what was passed over and why. */
export interface MappedThread {
  draft: ThreadDraft | undefined;
  skipped: string[];
}

/** Name shown for posts whose author is gone from the dump (Stack Exchange's own wording). */
export const DELETED_USER = 'deleted user';

/**
 * A question and its answers as a thread draft: question first, then answers oldest first, the
 * accepted one marked and linked from the question. Pure apart from sanitizing, which is pure too.
 */
export function mapThread(input: ThreadRows): MappedThread {
  const skipped: string[] = [];
  const question = postOf(input.question, 1, input, skipped);
  if (!question) return { draft: undefined, skipped: ['invalid-question', ...skipped] };
  const answers = [...input.answers].sort(
    (a, b) => compare(a['CreationDate'] ?? '', b['CreationDate'] ?? '') || idOrder(a, b),
  );
  const posts: PostRecord[] = [question];
  for (const row of answers) {
    const post = postOf(row, posts.length + 1, input, skipped);
    if (!post) {
      skipped.push('invalid-answer');
      continue;
    }
    if (row['Id'] !== undefined && row['Id'] === input.question['AcceptedAnswerId']) {
      post.accepted = true;
      question.acceptedAnswer = post.n;
    }
    posts.push(post);
  }
  const id = input.question['Id']!;
  const tags = tagRefs(parseTags(input.question['Tags']));
  const draft: ThreadDraft = {
    id,
    forum: input.forum,
    title: detach(input.question['Title']?.trim() || `Question ${id}`),
    source: 'Posts.xml',
    sha256: input.sha256,
    posts,
    sourcePath: `questions/${id}`,
  };
  if (tags.length > 0) draft.tags = tags;
  return { draft, skipped };
}

function postOf(row: Row, n: number, input: ThreadRows, skipped: string[]): PostRecord | undefined {
  const date = minuteOf(row['CreationDate']);
  if (date === undefined || row['Id'] === undefined) return undefined;
  const { html, text } = sanitizeBody(row['Body'] ?? '');
  const name = row['OwnerUserId'] === undefined ? undefined : input.userName(row['OwnerUserId']);
  const post: PostRecord = {
    n,
    date,
    author: name ?? detach(row['OwnerDisplayName']?.trim() || DELETED_USER),
    body: text,
    html,
    sourceId: row['Id'],
  };
  if (name !== undefined) post.authorId = `u${row['OwnerUserId']}`;
  const score = Number(row['Score']);
  if (row['Score'] !== undefined && Number.isInteger(score)) post.score = score;
  const license = row['ContentLicense']?.trim();
  if (license) post.license = license;
  const comments = commentsOf(input.commentsOf(row['Id']), input, skipped);
  if (comments.length > 0) post.comments = comments;
  return post;
}

function commentsOf(rows: readonly Row[], input: ThreadRows, skipped: string[]): CommentRecord[] {
  const comments: Array<CommentRecord & { order: string }> = [];
  for (const row of [...rows].sort(idOrder)) {
    const date = minuteOf(row['CreationDate']);
    if (date === undefined) {
      skipped.push('invalid-comment');
      continue;
    }
    const user = row['UserId'] === undefined ? undefined : input.userName(row['UserId']);
    const score = Number(row['Score']);
    comments.push({
      order: row['CreationDate']!,
      date,
      author: user ?? (row['UserDisplayName']?.trim() || null),
      score: Number.isInteger(score) ? score : 0,
      text: row['Text'] ?? '',
    });
  }
  // Stable sort: comments of the same instant keep their `Id` order.
  comments.sort((a, b) => compare(a.order, b.order));
  return comments.map(({ order: _, ...comment }) => comment);
}

function idOrder(a: Row, b: Row): number {
  return Number(a['Id']) - Number(b['Id']);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
