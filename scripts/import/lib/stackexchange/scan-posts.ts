import { forEachLine, type FileScan } from './lines.ts';
import { integerAttribute, isRowBytes, isWholeRowBytes } from './row-bytes.ts';
import { RowGroups } from './row-groups.ts';
import { float64List, uint32List } from './typed-list.ts';

/** Where one question's rows are in `Posts.xml`. */
export interface ThreadSpans {
  /** The question's `Id`. */
  id: number;
  /** `[offset, length]` of the question row. */
  question: [number, number];
  /** `[offset, length, …]` of its answers, in file order. */
  answers: number[];
  /** `Id`s of those answers, in the same order: their comments are looked up by them. */
  answerIds: number[];
}

/**
 * The questions of `Posts.xml` with their answers, in the order questions (or their first
 * answer) appear. Offsets only, in typed arrays: about 30 bytes a row, where objects and arrays
 * cost about 600 bytes a thread, a good part of a large import's memory.
 */
export class ThreadIndex {
  readonly #answers = new RowGroups();
  readonly #questionOffsets = float64List();
  /** 0 while a group has only answers: no row is empty. */
  readonly #questionLengths = uint32List();
  #size = 0;

  /** Questions indexed. */
  get size(): number {
    return this.#size;
  }

  /** Adds a question's row; false if a question with that `Id` was already added. */
  addQuestion(id: number, offset: number, length: number): boolean {
    const group = this.#answers.claim(id);
    if (this.#questionLengths.get(group) > 0) return false;
    this.#questionOffsets.set(group, offset);
    this.#questionLengths.set(group, length);
    this.#size += 1;
    return true;
  }

  addAnswer(questionId: number, id: number, offset: number, length: number): void {
    this.#answers.add(this.#answers.claim(questionId), offset, length, id);
  }

  /** Answers whose question is not in the index. */
  orphanAnswers(): number {
    let orphans = 0;
    for (let group = 0; group < this.#answers.size; group++) {
      if (this.#questionLengths.get(group) === 0) orphans += this.#answers.rowCount(group);
    }
    return orphans;
  }

  *[Symbol.iterator](): Generator<ThreadSpans> {
    for (let group = 0; group < this.#answers.size; group++) {
      const length = this.#questionLengths.get(group);
      if (length === 0) continue;
      const spans: ThreadSpans = {
        id: this.#answers.keyOf(group),
        question: [this.#questionOffsets.get(group), length],
        answers: [],
        answerIds: [],
      };
      this.#answers.forEachRow(group, (offset, rowLength, id) => {
        spans.answers.push(offset, rowLength);
        spans.answerIds.push(id);
      });
      yield spans;
    }
  }
}

export interface PostsIndex {
  threads: ThreadIndex;
  /** Rows passed over, by reason (`post-type-4`, `orphan-answer`, `duplicate-question`, …). */
  skipped: Record<string, number>;
  scan: FileScan;
}

const idOf = integerAttribute('Id');
const typeOf = integerAttribute('PostTypeId');
const parentOf = integerAttribute('ParentId');

/**
 * Pass 1 over `Posts.xml`: groups the byte ranges of each question and its answers. Posts.xml is
 * not sorted (answers may precede their question), and holding bodies would not fit in memory for
 * large sites, so only offsets are kept; pass 2 reads each thread's rows back. The attributes are
 * found in the line's bytes (`row-bytes.ts`): they are ASCII, and values escape `"`, so a body
 * can never fake one.
 */
export function indexPosts(path: string): PostsIndex {
  const threads = new ThreadIndex();
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const scan = forEachLine(path, (line, offset) => {
    if (!isRowBytes(line)) return;
    if (!isWholeRowBytes(line)) return void skip('invalid-row');
    const id = idOf(line);
    const type = typeOf(line);
    if (id === undefined || type === undefined) return void skip('invalid-row');
    if (type === '1') {
      if (!threads.addQuestion(Number(id), offset, line.length)) skip('duplicate-question');
      return;
    }
    if (type !== '2') return void skip(`post-type-${type}`);
    const parent = parentOf(line);
    if (parent === undefined) return void skip('orphan-answer');
    threads.addAnswer(Number(parent), Number(id), offset, line.length);
  });
  const orphans = threads.orphanAnswers();
  if (orphans > 0) skipped['orphan-answer'] = (skipped['orphan-answer'] ?? 0) + orphans;
  return { threads, skipped, scan };
}
