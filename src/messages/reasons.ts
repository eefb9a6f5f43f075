import type { Bilingual } from "./bilingual.js";

/** Names of the five assessment items in both languages. */
export const ITEM_NAMES = {
  majorProjects: { zh: "H3C重大项目交付考核", en: "major-project delivery" },
  satisfaction: { zh: "客户满意度", en: "customer satisfaction" },
  repOffice: { zh: "代表处评分", en: "rep-office rating" },
  ecr: { zh: "ECR(简单问题占比)", en: "ECR (simple-question ratio)" },
  training: { zh: "培训参与率", en: "training participation" },
} as const satisfies Record<string, Bilingual>;

/** The sentences of the downgrade verdict's reasons (四.1, 四.2.2, 三.2.2). */
export const reasonMessages = {
  itemZero: (item: keyof typeof ITEM_NAMES, effectiveFrom: string, restoresOn: string): Bilingual => ({
    zh: `四.1.a:考核项“${ITEM_NAMES[item].zh}”得 0 分,自 ${effectiveFrom} 起降级,${restoresOn} 恢复星级`,
    en: `4.1.a: the item "${ITEM_NAMES[item].en}" scored 0; downgraded from ${effectiveFrom}, the star returns on ${restoresOn}`,
  }),
  totalBelowThreshold: (total: number, threshold: number, effectiveFrom: string, reapplyFrom: string): Bilingual => ({
    zh: `四.1.b:季度考核总分 ${total} 低于 ${threshold} 分,自 ${effectiveFrom} 起降级,不自动恢复;${reapplyFrom} 起可重新提交认证申请`,
    en: `4.1.b: total ${total} is below ${threshold}; downgraded from ${effectiveFrom} with no automatic return; a new application may be filed from ${reapplyFrom}`,
  }),
  customerInfoFalsified: (effectiveFrom: string, restoresOn: string): Bilingual => ({
    zh: `三.2.2:H3C 发现渠道反馈的客户信息造假,自 ${effectiveFrom} 起取消星级服务资质一个季度,${restoresOn} 恢复;依七.1,H3C 亦有权取消星级资质且一年内不再受理认证申请`,
    en: `3.2.2: the customer information the partner fed back was found falsified; the star qualification is cancelled from ${effectiveFrom} for one quarter, returning on ${restoresOn}; under 7.1 H3C may also cancel it and refuse applications for a year`,
  }),
  majorKeyEvent: (eventId: string, severity: "downgrade" | "blacklist", date: string, note: string): Bilingual =>
    severity === "blacklist"
      ? {
          zh: `四.2.2:重要关键事件 ${eventId}(${note}),H3C 于 ${date} 实时处理:加入黑名单,不自动恢复`,
          en: `4.2.2: major key event ${eventId} (${note}), handled by H3C at once on ${date}: blacklisted, no automatic return`,
        }
      : {
          zh: `四.2.2:重要关键事件 ${eventId}(${note}),H3C 于 ${date} 实时处理:降级,不自动恢复`,
          en: `4.2.2: major key event ${eventId} (${note}), handled by H3C at once on ${date}: downgraded, no automatic return`,
        },
};
