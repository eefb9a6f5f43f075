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
}

/**
 * `score`: prints each partner-quarter's assessment; problems go to stderr with their file and JSON
 * path. Returns the exit code: 2 on any bad input, else 1 when asked to fail on a downgrade and one
 * is found, else 0.
 */
export function scoreCommand(paths: readonly string[], options: ScoreOptions): number {
  const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
  let badInput = false;
  const assessments: Assessment[] = [];
  for (const document of readQuarterDocuments(paths)) {
    if ("readError" in document) {
      badInput = true;
      console.error(`${document.source}: ${document.readError}`);
      continue;
    }
    const result = safeAssessQuarter(document.data);
    if (!result.success) {
      badInput = true;
      for (const issue of result.error.issues) console.error(`${document.source}: ${issue.pointer || "/"}: ${issue.message[options.lang]}`);
      continue;
    }
    assessments.push(result.data);
    if (format === "table") console.log(`${renderScoreCard(result.data, options.lang)}\n`);
    if (format === "markdown") console.log(renderMarkdown(result.data, options.lang));
  }
  if (format === "json") console.log(JSON.stringify(assessments.length === 1 ? assessments[0] : assessments, null, 2));
  if (badInput) return 2;
  return options.failOnDowngrade && assessments.some((assessment) => assessment.verdict.downgrade) ? 1 : 0;
}
