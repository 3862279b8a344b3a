import type { Rng } from './rng.ts';
import { generateSentence } from './sentence.ts';
import { cjkSentence } from './unicode.ts';
import type { Vocabulary } from './vocabulary.ts';
import { createWeightedSampler } from './weighted.ts';

// Sentences per paragraph, 1–9: one-liners are common, long paragraphs rarer.
const SENTENCES = createWeightedSampler([24, 25, 20, 12, 8, 5, 3, 2, 1]);

/** A prose paragraph as one line (forum posts are rarely hard-wrapped); 2% are CJK. */
export function generateParagraph(rng: Rng, vocabulary: Vocabulary): string {
  if (rng.chance(0.02)) {
    let text = cjkSentence(rng, 6, 40);
    while (rng.chance(0.5)) text += cjkSentence(rng, 6, 40);
    return text;
  }
  const count = SENTENCES.sample(rng) + 1;
  const separator = rng.chance(0.05) ? '  ' : ' ';
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(generateSentence(rng, vocabulary));
  return sentences.join(separator);
}

/** A bulleted or numbered list, sometimes nested by indentation. */
export function generateList(rng: Rng, vocabulary: Vocabulary): string[] {
  const numbered = rng.chance(0.4);
  const bullet = rng.pick(['-', '*', '•', 'o']);
  const lines: string[] = [];
  const count = rng.int(2, 6);
  for (let i = 0; i < count; i++) {
    const indent = i > 0 && rng.chance(0.2) ? rng.pick(['  ', '    ', '\t']) : '';
    const marker = numbered ? `${i + 1}.` : bullet;
    lines.push(`${indent}${marker} ${generateSentence(rng, vocabulary)}`);
  }
  return lines;
}

/** Code-like lines indented by spaces or tabs, with a blank line inside now and then. */
export function generateCode(rng: Rng, vocabulary: Vocabulary): string[] {
  const indent = rng.pick(['    ', '  ', '\t']);
  const lines: string[] = [];
  const count = rng.int(2, 12);
  let depth = 0;
  for (let i = 0; i < count; i++) {
    const name = `${vocabulary.word(rng)}_${vocabulary.word(rng)}`;
    const statement = pickStatement(rng, depth, [
      `if (${name} > ${rng.int(0, 99)}) {`,
      `${name} = ${name}(${rng.int(0, 9)}, "${vocabulary.word(rng)}");`,
      `return ${name};`,
      `for (int i = 0; i < ${name}.size(); ++i) {`,
      `# ${generateSentence(rng, vocabulary)}`,
      `}`,
    ]);
    if (statement === '}' && depth > 0) depth--;
    lines.push(rng.chance(0.05) ? '' : indent.repeat(depth + 1) + statement);
    if (statement.endsWith('{')) depth = Math.min(depth + 1, 4);
  }
  return lines;
}

/** Hard-wrap a line at `width` columns on spaces, as old mail clients and some users did. */
export function hardWrap(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines;
}

// A closing brace only where a block is open, so code never starts with a stray `}`.
function pickStatement(rng: Rng, depth: number, statements: readonly string[]): string {
  for (;;) {
    const statement = rng.pick(statements);
    if (statement !== '}' || depth > 0) return statement;
  }
}
