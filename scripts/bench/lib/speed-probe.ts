import { sanitizeBody } from '../../import/lib/stackexchange/sanitize.ts';
import { threadCpuSeconds } from '../../utils/process-usage.ts';

/** Work of the pipeline's kind (parse, build trees, serialize: allocation-heavy), fixed forever. */
const BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraph ${i} with <a href="https://example.org/${i}">a link</a>, <code>code()</code> ` +
    `and <em>some emphasis</em> &amp; entities.</p><ul><li>one</li><li>two ${i}</li></ul>`,
).join('\n');
const ROUNDS = 1000;

/**
 * CPU seconds this thread takes for the same piece of work every time (a few tenths of a second
 * here). This machine's speed moved up to 2× from one minute to the next, in CPU time as much as
 * in wall time: a benchmark that probes before and after its run tells a slow machine from a slow
 * change.
 */
export function speedProbe(): number {
  for (let round = 0; round < ROUNDS / 10; round++) sanitizeBody(BODY);
  const started = threadCpuSeconds();
  for (let round = 0; round < ROUNDS; round++) sanitizeBody(BODY);
  return threadCpuSeconds() - started;
}

/** One line for a benchmark's output: the probe before and after the run. */
export function describeProbes(before: number, after: number): string {
  return (
    `machine speed probe: ${before.toFixed(2)} s before the run, ${after.toFixed(2)} s after ` +
    '(the same CPU work each time: higher is a slower machine)'
  );
}
