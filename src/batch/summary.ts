import type { Assessment } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";

/** The columns of a batch output, in English and Chinese. */
export const SUMMARY_COLUMNS = [
  { key: "row", en: "row", zh: "行号" },
  { key: "partnerId", en: "partner_id", zh: "合作伙伴编号" },
  { key: "partnerName", en: "partner_name", zh: "合作伙伴名称" },
  { key: "quarter", en: "quarter", zh: "季度" },
  { key: "majorProjects", en: "major_projects", zh: "重大项目交付" },
  { key: "satisfaction", en: "satisfaction", zh: "客户满意度" },
  { key: "repOffice", en: "rep_office", zh: "代表处评分" },
  { key: "ecr", en: "ecr", zh: "ECR" },
  { key: "training", en: "training", zh: "培训参与率" },
  { key: "keyEventAdjustment", en: "key_event_adjustment", zh: "关键事件加减分" },
  { key: "total", en: "total", zh: "总分" },
  { key: "downgrade", en: "downgrade", zh: "降级" },
  { key: "blacklist", en: "blacklist", zh: "黑名单" },
  { key: "effectiveFrom", en: "effective_from", zh: "生效日期" },
  { key: "restoresOn", en: "restores_on", zh: "恢复日期" },
  { key: "reapplyFrom", en: "reapply_from", zh: "可重新申请日期" },
  { key: "reasons", en: "reasons", zh: "原因代码" },
  { key: "reasonMessages", en: "reason_messages", zh: "原因说明" },
  { key: "error", en: "error", zh: "错误" },
] as const;

/** One output row: a scored partner-quarter, or the problems of a row that could not be scored. */
export type Summary = { [K in (typeof SUMMARY_COLUMNS)[number]["key"]]: string | number | boolean | null };

const EMPTY: Summary = Object.fromEntries(SUMMARY_COLUMNS.map((column) => [column.key, null])) as Summary;

/**
 * A scored row: item scores, total, verdict and its reasons (codes, and messages in `lang`).
 *
 * @example summaryOf(7, assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 17, totalCalls: 100 } }), "en").reasons; // "ITEM_ZERO:ecr" (ECR 17 % scores 0; the total, 85, is not below 70)
 */
export function summaryOf(row: number, assessment: Assessment, lang: Language): Summary {
  const { items, verdict } = assessment;
  return {
    ...EMPTY,
    row,
    partnerId: assessment.partnerId,
    partnerName: assessment.partnerName,
    quarter: assessment.quarter,
    majorProjects: items.majorProjects.score,
    satisfaction: items.satisfaction.score,
    repOffice: items.repOffice.score,
    ecr: items.ecr.score,
    training: items.training.score,
    keyEventAdjustment: assessment.keyEventAdjustment,
    total: assessment.total,
    downgrade: verdict.downgrade,
    blacklist: verdict.blacklist,
    effectiveFrom: verdict.effectiveFrom,
    restoresOn: verdict.restoresOn,
    reapplyFrom: verdict.reapplyFrom,
    reasons: verdict.reasons.map((reason) => (reason.code === "ITEM_ZERO" ? `${reason.code}:${reason.item}` : reason.code)).join("; "),
    reasonMessages: verdict.reasons.map((reason) => reason.message[lang]).join(" | "),
  };
}

/**
 * A row that could not be scored: its number, what could be read of its partner and quarter, and every problem.
 *
 * @example errorSummary(3, { partner: { id: "P-1" } }, ["ecr_total_calls: expected a whole number"]).error; // "ecr_total_calls: expected a whole number"
 */
export function errorSummary(row: number, quarter: unknown, problems: readonly string[]): Summary {
  const record = (typeof quarter === "object" && quarter !== null ? quarter : {}) as { partner?: { id?: unknown; name?: unknown }; quarter?: unknown };
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return { ...EMPTY, row, partnerId: text(record.partner?.id), partnerName: text(record.partner?.name), quarter: text(record.quarter), error: problems.join(" | ") };
}

const needsQuotes = /[",\r\n]|^\s|\s$/;
/** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will show as text: one that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` (OWASP's rule against CSV injection). Only text is neutralised:
 * the library's own numbers (a negative adjustment such as -18) stay numbers.
 *
 * @example safeCell("=HYPERLINK(\"x\")"); // "'=HYPERLINK(\"x\")"
 * @example safeCell(-18); // "-18"
 */
export function safeCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV line (RFC 4180): text cells neutralised against formulas ({@link safeCell}), fields with a
 * comma, quote or line break quoted; null is empty.
 *
 * @example csvLine(["a,b", 1, null, true, "-x", -2]); // "\"a,b\",1,,true,'-x,-2"
 */
export function csvLine(values: readonly (string | number | boolean | null)[]): string {
  return values
    .map((value) => {
      const text = safeCell(value);
      return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}

/**
 * The header line of a batch CSV output, in `lang`.
 *
 * @example summaryHeader("en").startsWith("row,partner_id,"); // true
 */
export function summaryHeader(lang: Language): string {
  return csvLine(SUMMARY_COLUMNS.map((column) => column[lang]));
}

/**
 * A summary as a CSV line, in the order of {@link SUMMARY_COLUMNS}.
 *
 * @example summaryCsv(summaryOf(1, assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }), "en")).split(",")[0]; // "1"
 */
export function summaryCsv(summary: Summary): string {
  return csvLine(SUMMARY_COLUMNS.map((column) => summary[column.key]));
}
