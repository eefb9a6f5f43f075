import type { Bilingual } from "./bilingual.js";

/**
 * A value as messages show it: JSON, cut to 60 characters, so that a huge bad value never makes a
 * huge message.
 *
 * @example brief("x".repeat(100)); // "\"xxxx…xxx\"… (102 characters)"
 */
export function brief(value: unknown): string {
  const text = typeof value === "number" || value === undefined ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length <= 60 ? text : `${text.slice(0, 60)}… (${text.length} characters)`;
}

/** The library's own input-problem messages (zod's own ones come from its en and zh-CN locales). */
export const inputMessages = {
  notWholeNumber: (value: unknown, largest: number): Bilingual => ({
    zh: `应为 0 到 ${largest} 之间的整数,收到 ${brief(value)}`,
    en: `expected a whole number from 0 to ${largest}, received ${brief(value)}`,
  }),
  notAmount: (value: unknown, largest: number): Bilingual => ({
    zh: `应为 0 到 ${largest} 之间的数,收到 ${brief(value)}`,
    en: `expected a number from 0 to ${largest}, received ${brief(value)}`,
  }),
  notFinite: (value: unknown): Bilingual => ({
    zh: `应为有限的数字,收到 ${brief(value)}`,
    en: `expected a finite number, received ${brief(value)}`,
  }),
  notQuarter: (value: unknown): Bilingual => ({
    zh: `季度应写作 YYYY-Qn(如 2024-Q3,年份 1000–9998),收到 ${brief(value)}`,
    en: `a quarter is written YYYY-Qn (e.g. 2024-Q3, years 1000–9998), received ${brief(value)}`,
  }),
  notCalendarDate: (value: unknown): Bilingual => ({
    zh: `应为真实存在的日期 YYYY-MM-DD,收到 ${brief(value)}`,
    en: `expected a real calendar date YYYY-MM-DD, received ${brief(value)}`,
  }),
  notRate: (value: unknown): Bilingual => ({
    zh: `比例应在 0 到 1 之间(或 "0%" 到 "100%"),收到 ${brief(value)}`,
    en: `a rate is between 0 and 1 (or "0%" to "100%"), received ${brief(value)}`,
  }),
  unknownOutcome: (value: unknown, accepted: string): Bilingual => ({
    zh: `未知的回访结果 ${brief(value)},可用:${accepted}`,
    en: `unknown survey outcome ${brief(value)}; accepted: ${accepted}`,
  }),
  noPolicy: (quarter: string, effectiveFrom: string): Bilingual => ({
    zh: `${quarter} 没有生效的政策(政策自 ${effectiveFrom} 起生效);如需评估,请传入适用于该季度的政策`,
    en: `no policy in force for ${quarter} (the policy applies from ${effectiveFrom}); pass a policy for it to assess it`,
  }),
  ratingRequired: (deadline: string): Bilingual => ({
    zh: `交维报告在截止期 ${deadline} 前提交,需要代表处评分 rating`,
    en: `the handover report was on time (deadline ${deadline}), so the rep office's rating is required`,
  }),
  ratingAboveMax: (rating: number, max: number): Bilingual => ({
    zh: `代表处评分 ${rating} 超过满分 ${max}`,
    en: `rating ${rating} is above the maximum ${max}`,
  }),
  completedAboveRequired: (completed: number, required: number): Bilingual => ({
    zh: `完成人数 ${completed} 超过应完成人数 ${required}`,
    en: `completed (${completed}) is more than required (${required})`,
  }),
  attendedAboveRequired: (attended: number, required: number): Bilingual => ({
    zh: `参加人数 ${attended} 超过应参加人数 ${required}`,
    en: `attended (${attended}) is more than required (${required})`,
  }),
  simpleAboveTotal: (simple: number, total: number): Bilingual => ({
    zh: `简单问题来电 ${simple} 超过来电总数 ${total}`,
    en: `simple calls (${simple}) are more than all calls (${total})`,
  }),
  duplicateSurvey: (projectId: string, firstIndex: number): Bilingual => ({
    zh: `项目 ${brief(projectId)} 的回访重复出现(首次在第 ${firstIndex} 项);每个项目只记最终结果一次`,
    en: `project ${brief(projectId)} is surveyed twice (first at index ${firstIndex}); each project appears once, with its final outcome`,
  }),
  majorEventNeedsDate: (): Bilingual => ({
    zh: "重要关键事件需要日期 date(H3C 实时处理,降级自该日起)",
    en: "a major key event needs its date (H3C handles it at once, from that date)",
  }),
  ratesOrCounts: (): Bilingual => ({
    zh: "ECR 请给出来电数(simpleCalls 与 totalCalls)或比例 rate,不要同时给出",
    en: "give ECR either as counts (simpleCalls and totalCalls) or as a rate, not both",
  }),
  tooManyIssues: (listed: number, more: number): Bilingual => ({
    zh: `另有 ${more} 处问题未列出(只列出前 ${listed} 处)`,
    en: `${more} more problem(s) not listed (only the first ${listed} are)`,
  }),
};
