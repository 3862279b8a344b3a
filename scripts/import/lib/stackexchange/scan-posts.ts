import { forEachLine, type FileScan } from './lines.ts';
import { isRowLine, isWholeRow } from './rows.ts';

/** Where one question's rows are in `Posts.xml`. */
export interface ThreadSpans {
  /** `[offset, length]` of the question row; empty while only answers have been seen. */
  question: number[];
  /** `[offset, length, …]` of its answers, in file order. */
  answers: number[];
  /** `Id`s of those answers, in the same order: their comments are looked up by them. */
  answerIds: number[];
}

export interface PostsIndex {
  /** By question `Id`, in the order questions (or their first answer) appear. */
  threads: Map<number, ThreadSpans>;
  /** Rows passed over, by reason (`post-type-4`, `orphan-answer`, `duplicate-question`, …). */
  skipped: Record<string, number>;
  scan: FileScan;
}

const idPattern = /\sId="(\d+)"/;
const typePattern = /\sPostTypeId="(\d+)"/;
const parentPattern = /\sParentId="(\d+)"/;

/**
 * Pass 1 over `Posts.xml`: groups the byte ranges of each question and its answers. Posts.xml is
 * not sorted (answers may precede their question), and holding bodies would not fit in memory for
 * large sites, so only offsets are kept; pass 2 reads each thread's rows back. The regexes run on
 * a Latin-1 view of the line: the attributes are ASCII, and values escape `"`, so a body can
 * never fake an attribute.
 */
export function indexPosts(path: string): PostsIndex {
  const threads = new Map<number, ThreadSpans>();
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const spansOf = (id: number) => {
    let spans = threads.get(id);
    if (!spans) threads.set(id, (spans = { question: [], answers: [], answerIds: [] }));
    return spans;
  };
  const scan = forEachLine(path, (line, offset) => {
    const text = line.toString('latin1');
    if (!isRowLine(text)) return;
    if (!isWholeRow(text)) return void skip('invalid-row');
    const id = idPattern.exec(text)?.[1];
    const type = typePattern.exec(text)?.[1];
    if (id === undefined || type === undefined) return void skip('invalid-row');
    if (type === '1') {
      const spans = spansOf(Number(id));
      if (spans.question.length > 0) return void skip('duplicate-question');
      return void spans.question.push(offset, line.length);
    }
    if (type !== '2') return void skip(`post-type-${type}`);
    const parent = parentPattern.exec(text)?.[1];
    if (parent === undefined) return void skip('orphan-answer');
    const spans = spansOf(Number(parent));
    spans.answers.push(offset, line.length);
    spans.answerIds.push(Number(id));
  });
  for (const [id, spans] of threads) {
    if (spans.question.length > 0) continue;
    skipped['orphan-answer'] = (skipped['orphan-answer'] ?? 0) + spans.answers.length / 2;
    threads.delete(id);
  }
  return { threads, skipped, scan };
}
