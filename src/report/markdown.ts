import type { Assessment } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { ITEMS } from "../items.js";
import type { Step } from "../rules/step.js";
import { type CardOptions, SCORE_CARD_LABELS, stepText, verdictLine } from "./score-card.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");

/**
 * A partner-quarter's score card as a Markdown section (for merge-request comments and reports): a
 * table of the items with, under each, a row per step that gives its score; the adjustment with its
 * steps; the total; the verdict with its sentence and every reason; and the warnings. `brief` keeps
 * the compact card: no step rows, no verdict sentence.
 *
 * @example renderMarkdown(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }), "en").startsWith("### P-1 · 2024-Q3"); // true
 */
export function renderMarkdown(assessment: Assessment, lang: Language, options: CardOptions = {}): string {
  const label = SCORE_CARD_LABELS[lang];
  const steps = (list: readonly Step[]) => (options.brief ? [] : list.map((step) => `| ↳ ${cell(stepText(step, lang))} | | | | |`));
  const rows = ITEMS.flatMap(({ key, name }) => {
    const item = assessment.items[key];
    return [`| ${cell(name[lang])} | ${item.score} | ${item.max} | ${item.clause} | ${item.notApplicable ? label.na : ""} |`, ...steps(item.steps)];
  });
  const verdictMessage = assessment.verdict.message;
  const warnings = assessment.warnings;
  return [
    `### ${cell(`${assessment.partnerName ?? ""} ${assessment.partnerId}`.trim())} · ${assessment.quarter}`,
    "",
    `| ${label.item} | ${label.score} | ${label.max} | ${label.clause} | |`,
    "|---|---:|---:|---|---|",
    ...rows,
    `| ${label.adjustment} | ${assessment.keyEventAdjustment} | | ${assessment.keyEvents.clause} | |`,
    ...steps(assessment.keyEvents.steps),
    `| **${label.total}** | **${assessment.total}** | | | |`,
    "",
    `**${verdictLine(assessment, lang)}**`,
    ...(!options.brief ? ["", cell(verdictMessage[lang]), ""] : []),
    ...assessment.verdict.reasons.map((reason) => `- \`${reason.clause}\` ${cell(reason.message[lang])}`),
    ...(warnings.length > 0 ? ["", `**${label.warnings}**`, "", ...warnings.map((warning) => `- \`${warning.pointer || "/"}\` ${warning.code}: ${cell(warning.message[lang])}`)] : []),
    "",
  ].join("\n");
}
