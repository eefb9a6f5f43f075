import { safeAssessQuarter } from "../assessment/assess.js";
import type { Assessment } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderScoreCard } from "../report/score-card.js";
import { readQuarterDocuments } from "./inputs.js";

export type ScoreFormat = "table" | "markdown" | "json";

export interface ScoreOptions {
  readonly format?: ScoreFormat;
  readonly lang: Language;
  readonly failOnDowngrade?: boolean;
  /** The compact cards: no steps under the scores. */
  readonly brief?: boolean;
}

/**
 * `score`: prints each partner-quarter's assessment; problems go to stderr with their file and JSON
 * path. JSON output is one object when one file holding one quarter is named, else an array (of the
 * quarters that could be scored); nothing is printed when nothing could be scored. Returns the exit
 * code: 2 on any bad input, else 1 when asked to fail on a downgrade and one is found, else 0.
 */
export function scoreCommand(paths: readonly string[], options: ScoreOptions): number {
  const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
  const cards = { brief: options.brief === true };
  let badInput = false;
  const assessments: Assessment[] = [];
  const documents = readQuarterDocuments(paths);
  const single = paths.length === 1 && documents.length === 1 && documents[0]?.source === (paths[0] === "-" ? "<stdin>" : paths[0]);
  for (const document of documents) {
    if ("readError" in document) {
      badInput = true;
      console.error(document.readError[options.lang]);
      continue;
    }
    const result = safeAssessQuarter(document.data);
    if (!result.success) {
      badInput = true;
      for (const issue of result.error.issues) console.error(`${document.source}: ${issue.pointer || "/"}: ${issue.message[options.lang]}`);
      continue;
    }
    assessments.push(result.data);
    if (format === "table") console.log(`${renderScoreCard(result.data, options.lang, cards)}\n`);
    if (format === "markdown") console.log(renderMarkdown(result.data, options.lang, cards));
  }
  if (format === "json" && (assessments.length > 0 || !badInput)) console.log(JSON.stringify(single ? assessments[0] : assessments, null, 2));
  if (badInput) return 2;
  return options.failOnDowngrade && assessments.some((assessment) => assessment.verdict.downgrade) ? 1 : 0;
}
