import { numberText } from "../../numbers/exact.js";
import type { Sentences } from "../bilingual.js";
import type { VerdictFigures } from "../verdict.js";

const downgradeFrom = (date: string | null) => (date === null ? "" : `,自 ${date} 起降级`);
const from = (date: string | null) => (date === null ? "" : `,自 ${date} 起`);
const OUTCOMES = { downgrade: "降级", cancel: "取消星级服务资质", blacklist: "加入黑名单" } as const;

/** The verdict's sentences in Chinese (zh-CN). */
export const zhVerdict: Sentences<VerdictFigures> = {
  ITEM_ZERO: (f) => `四.1.a:考核项“${f.item.zh}”得 0 分${downgradeFrom(f.effectiveFrom)}`,
  TOTAL_BELOW_THRESHOLD: (f) => `四.1.b:季度考核总分 ${numberText(f.total)} 低于 ${numberText(f.threshold)} 分${downgradeFrom(f.effectiveFrom)}`,
  CUSTOMER_INFO_FALSIFIED: (f) =>
    `三.2.2:H3C 发现渠道反馈的客户信息造假,取消星级服务资质一个季度${from(f.effectiveFrom)};依七.1,H3C 亦有权取消星级资质且一年内不再受理认证申请`,
  MAJOR_KEY_EVENT: (f) =>
    `四.2.2:重要关键事件 ${f.eventId}${f.note === "" ? "" : `(${f.note})`},H3C 于 ${f.date} 实时处理:${f.severity === "blacklist" ? "加入黑名单" : "降级"}`,
  KEEP: (f) => `保持星级:各考核项均不为 0,总分 ${numberText(f.total)} 不低于 ${numberText(f.threshold)} 分`,
  OUTCOME: (f) =>
    f.stages.map((stage) => `${OUTCOMES[stage.outcome]},自 ${stage.from} 起;`).join("") +
    (f.restoresOn !== null
      ? `${f.restoresOn} 自动恢复星级`
      : `不自动恢复${f.reapplyFrom !== null ? `;${f.reapplyFrom} 起可重新提交认证申请` : f.stages.some((stage) => stage.outcome === "blacklist") ? ",无可重新申请的日期" : ""}`),
  OUTCOME_OF_SCORES: (f) => (f.reasons.length === 0 ? "保持星级" : `降级:${f.reasons.map((reason) => reason.zh).join(";")}`),
};
