/**
 * Pagefind, indexing as English, splits words at spaces only (and drops punctuation inside a
 * word), so a run of Chinese or Japanese, written without spaces, is one long "word" that only a
 * query for the whole run matches. The index documents and the queries both set every CJK
 * character apart with spaces, so each is a word and a phrase search finds any run of them;
 * excerpts are shown with those spaces taken out again. Hangul is written with spaces already.
 */
const CJK_CHAR =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef]';
const CJK = new RegExp(CJK_CHAR, 'gu');
const HAS_CJK = new RegExp(CJK_CHAR, 'u');
// A space the spacing put between two CJK characters, possibly beside the excerpt's <mark> tags.
const SPACED = new RegExp(`(${CJK_CHAR}(?:</?mark>)*) +(?=(?:</?mark>)*${CJK_CHAR})`, 'gu');

/** `text` with a space on each side of every CJK character (other text unchanged). */
export function spaceCjk(text: string): string {
  return HAS_CJK.test(text) ? text.replace(CJK, ' $& ') : text;
}

/** Pagefind excerpt HTML with the spaces between CJK characters removed. */
export function unspaceCjk(excerpt: string): string {
  return HAS_CJK.test(excerpt) ? excerpt.replace(SPACED, '$1') : excerpt;
}
