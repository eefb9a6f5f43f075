import type { Assessment } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { ITEMS } from "../items.js";
import type { Step } from "../rules/step.js";

/** The words of the score cards, in both languages. */
export const SCORE_CARD_LABELS = {
  zh: { item: "考核项", score: "得分", max: "满分", clause: "条款", na: "不适用", adjustment: "关键事件加减分", total: "总分", verdict: "结论", keep: "保持星级", downgrade: "降级", blacklist: "加入黑名单", effective: "生效", restores: "恢复", reapply: "可重新申请", warnings: "警告", warning: "注意" },
  en: { item: "item", score: "score", max: "max", clause: "clause", na: "not applicable", adjustment: "key-event adjustment", total: "total", verdict: "verdict", keep: "star kept", downgrade: "downgrade", blacklist: "blacklist", effective: "effective", restores: "restores", reapply: "may reapply", warnings: "warnings", warning: "note" },
} as const;

/** How much a card shows: `brief` leaves out the steps under the scores and the verdict's sentence. */
export interface CardOptions {
  readonly brief?: boolean;
}

/**
 * A step as a card shows it: its sentence, marked when it is a warning that does not change the score.
 *
 * @example stepText(scoreMajorProjects([{ id: "P-9", product: "Office", seats: 300, deadline: "2024-09-20", submittedOn: null }]).steps[1], "en"); // "note: warning: project P-9 (Office, 300 seats) is not a major project (WorkSpace / LearningSpace, ≥ 200 seats); scored because H3C listed it"
 */
export function stepText(step: Step, lang: Language): string {
  return step.warning === true ? `${SCORE_CARD_LABELS[lang].warning}: ${step.message[lang]}` : step.message[lang];
}

/** East Asian wide characters take two terminal columns: the columns a text takes, and padding to a width. */
export const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1), 0);
export const padEnd = (text: string, columns: number) => text + " ".repeat(Math.max(0, columns - width(text)));
export const padStart = (text: string, columns: number) => " ".repeat(Math.max(0, columns - width(text))) + text;

/**
 * A partner-quarter's score card as plain text for a terminal: each item with its score, max and
 * clause and, under it, the steps that give the score (the arithmetic a channel manager can check);
 * the key-event adjustment with its steps; the total; the verdict with its sentence and every reason;
 * and the assessment's warnings. `brief` keeps the compact card: no steps, no verdict sentence.
 *
 * @example renderScoreCard(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }), "zh").split("\n")[0]; // "P-1 · 2024-Q3 · cloud-desktop-2024"
 */
export function renderScoreCard(assessment: Assessment, lang: Language, options: CardOptions = {}): string {
  const label = SCORE_CARD_LABELS[lang];
  const rows = ITEMS.map(({ key, name }) => {
    const item = assessment.items[key];
    return { cells: [name[lang], String(item.score), String(item.max), item.clause, item.notApplicable ? label.na : ""], steps: item.steps };
  });
  rows.push({ cells: [label.adjustment, signed(assessment.keyEventAdjustment), "", assessment.keyEvents.clause, ""], steps: assessment.keyEvents.steps });
  const nameWidth = Math.max(width(label.item), ...rows.map((row) => width(row.cells[0] ?? "")));
  const line = (cells: readonly string[]) =>
    [padEnd(cells[0] ?? "", nameWidth), padStart(cells[1] ?? "", 7), padStart(cells[2] ?? "", 5), padEnd(`  ${cells[3] ?? ""}`, 9), cells[4] ?? ""].join("  ").trimEnd();
  const steps = (list: readonly Step[]) => (options.brief ? [] : list.map((step) => `    ${stepText(step, lang)}`));
  const verdictMessage = assessment.verdict.message;
  const { warnings } = assessment;

  const title = `${assessment.partnerName ?? ""} ${assessment.partnerId} · ${assessment.quarter} · ${assessment.policy}`.trim();
  return [
    title,
    line([label.item, label.score, label.max, label.clause]),
    ...rows.flatMap((row) => [line(row.cells), ...steps(row.steps)]),
    line([label.total, String(assessment.total)]),
    verdictLine(assessment, lang),
    ...(!options.brief ? [`  ${verdictMessage[lang]}`] : []),
    ...assessment.verdict.reasons.map((reason) => `  - [${reason.clause}] ${reason.message[lang]}`),
    ...(warnings.length > 0 ? [`${label.warnings}:`, ...warnings.map((warning) => `  - [${warning.code}] ${warning.pointer}: ${warning.message[lang]}`)] : []),
  ].join("\n");
}

/**
 * The verdict in one line: kept, downgraded or blacklisted, with its dates.
 *
 * @example verdictLine(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q4", ecr: { simpleCalls: 17, totalCalls: 100 } }), "en"); // "verdict: downgrade (effective 2025-01-01, restores 2025-04-01)"
 */
export function verdictLine(assessment: Assessment, lang: Language): string {
  const label = SCORE_CARD_LABELS[lang];
  const { verdict } = assessment;
  const status = verdict.blacklist ? label.blacklist : verdict.downgrade ? label.downgrade : label.keep;
  const dates = [
    verdict.downgrade ? `${label.effective} ${verdict.effectiveFrom}` : "",
    verdict.restoresOn ? `${label.restores} ${verdict.restoresOn}` : "",
    verdict.reapplyFrom ? `${label.reapply} ${verdict.reapplyFrom}` : "",
  ].filter(Boolean);
  return `${label.verdict}: ${status}${dates.length > 0 ? ` (${dates.join(", ")})` : ""}`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
