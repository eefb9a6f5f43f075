import type { Bilingual } from "./bilingual.js";

/** The library's own input-problem messages (zod's own ones come from its en and zh-CN locales). */
export const inputMessages = {
  notWholeNumber: (value: unknown): Bilingual => ({
    zh: `应为不小于 0 的整数,收到 ${String(value)}`,
    en: `expected a whole number ≥ 0, received ${String(value)}`,
  }),
  notAmount: (value: unknown): Bilingual => ({
    zh: `应为不小于 0 的有限数,收到 ${String(value)}`,
    en: `expected a finite number ≥ 0, received ${String(value)}`,
  }),
  notFinite: (value: unknown): Bilingual => ({
    zh: `应为有限的数字,收到 ${String(value)}`,
    en: `expected a finite number, received ${String(value)}`,
  }),
  notQuarter: (value: unknown): Bilingual => ({
    zh: `季度应写作 YYYY-Qn(如 2024-Q3,年份 1000–9998),收到 ${JSON.stringify(value)}`,
    en: `a quarter is written YYYY-Qn (e.g. 2024-Q3, years 1000–9998), received ${JSON.stringify(value)}`,
  }),
  notCalendarDate: (value: unknown): Bilingual => ({
    zh: `应为真实存在的日期 YYYY-MM-DD,收到 ${JSON.stringify(value)}`,
    en: `expected a real calendar date YYYY-MM-DD, received ${JSON.stringify(value)}`,
  }),
  notRate: (value: unknown): Bilingual => ({
    zh: `比例应在 0 到 1 之间(或 "0%" 到 "100%"),收到 ${JSON.stringify(value)}`,
    en: `a rate is between 0 and 1 (or "0%" to "100%"), received ${JSON.stringify(value)}`,
  }),
  unknownOutcome: (value: unknown, accepted: string): Bilingual => ({
    zh: `未知的回访结果 ${JSON.stringify(value)},可用:${accepted}`,
    en: `unknown survey outcome ${JSON.stringify(value)}; accepted: ${accepted}`,
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
    zh: `项目 ${projectId} 的回访重复出现(首次在第 ${firstIndex} 项);每个项目只记最终结果一次`,
    en: `project ${projectId} is surveyed twice (first at index ${firstIndex}); each project appears once, with its final outcome`,
  }),
  majorEventNeedsDate: (): Bilingual => ({
    zh: "重要关键事件需要日期 date(H3C 实时处理,降级自该日起)",
    en: "a major key event needs its date (H3C handles it at once, from that date)",
  }),
  ratesOrCounts: (): Bilingual => ({
    zh: "ECR 请给出来电数(simpleCalls 与 totalCalls)或比例 rate,不要同时给出",
    en: "give ECR either as counts (simpleCalls and totalCalls) or as a rate, not both",
  }),
};
