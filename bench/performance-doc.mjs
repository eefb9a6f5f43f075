// The figures block of docs/performance.md: `npm run bench` writes what it printed between these
// markers, so the figures are always a run's own output, with its machine and date; the prose
// around them stays.

export const START = "<!-- bench:start — written by `npm run bench` (bench/run.mjs) as it printed it; do not edit -->";
export const END = "<!-- bench:end -->";

/**
 * The document with its figures block replaced by `printed` (what the bench printed).
 *
 * @param {string} doc
 * @param {string} printed
 * @returns {string}
 */
export function withBenchBlock(doc, printed) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/performance.md: the markers ${START} … ${END} are missing`);
  return `${doc.slice(0, start + START.length)}\n\n\`\`\`text\n${printed.trimEnd()}\n\`\`\`\n\n${doc.slice(end)}`;
}

/**
 * The figures block of a document: the text between the markers, without its code fence.
 *
 * @param {string} doc
 * @returns {string | undefined}
 */
export function benchBlock(doc) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return /^\s*```text\n([\s\S]*?)\n```\s*$/.exec(doc.slice(start + START.length, end))?.[1];
}
