import type { Assessment } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { ITEMS } from "../items.js";
import { SCORE_CARD_LABELS, verdictLine } from "./score-card.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * A partner-quarter's score card as a Markdown section: a table of the items, the total, and the
 * verdict with every reason (for merge-request comments and reports).
 *
 * @example console.log(renderMarkdown(assessQuarter(data), "en"));
 */
export function renderMarkdown(assessment: Assessment, lang: Language): string {
  const label = SCORE_CARD_LABELS[lang];
  const rows = ITEMS.map(({ key, name }) => {
    const item = assessment.items[key];
    return `| ${cell(name[lang])} | ${item.score} | ${item.max} | ${item.clause} | ${item.notApplicable ? label.na : ""} |`;
  });
  return [
    `### ${cell(`${assessment.partnerName ?? ""} ${assessment.partnerId}`.trim())} · ${assessment.quarter}`,
    "",
    `| ${label.item} | ${label.score} | ${label.max} | ${label.clause} | |`,
    "|---|---:|---:|---|---|",
    ...rows,
    `| ${label.adjustment} | ${assessment.keyEventAdjustment} | | ${assessment.keyEvents.clause} | |`,
    `| **${label.total}** | **${assessment.total}** | | | |`,
    "",
    `**${verdictLine(assessment, lang)}**`,
    ...assessment.verdict.reasons.map((reason) => `- \`${reason.clause}\` ${cell(reason.message[lang])}`),
    "",
  ].join("\n");
}
