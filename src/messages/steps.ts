import type { Bilingual } from "./bilingual.js";

/**
 * Every sentence the rules write into their steps, in Chinese and English. Figures arrive already
 * formatted (exact decimals as strings, ratios as percentages); nothing here computes a score.
 */

export const roundingMessage = (exact: string, rounded: number, decimals: number): Bilingual => ({
  zh: `精确值 ${exact} 按四舍五入保留 ${decimals} 位小数为 ${rounded}`,
  en: `exact ${exact} rounded half up to ${decimals} decimals: ${rounded}`,
});

export const majorProjectMessages = {
  none: (score: number): Bilingual => ({
    zh: `本季度无重大项目,本项不适用,记 ${score} 分`,
    en: `no major project this quarter: not applicable, scored ${score}`,
  }),
  onTime: (id: string, submittedOn: string, deadline: string, rating: number): Bilingual => ({
    zh: `项目 ${id}:交维报告于 ${submittedOn} 提交,未超过截止期 ${deadline},按代表处评分记 ${rating} 分`,
    en: `project ${id}: handover report submitted ${submittedOn}, by the deadline ${deadline}; scores the rep office's rating ${rating}`,
  }),
  late: (id: string, submittedOn: string, deadline: string, ignoredRating: number | null): Bilingual => ({
    zh:
      `项目 ${id}:交维报告于 ${submittedOn} 提交,晚于截止期 ${deadline},记 0 分` +
      (ignoredRating === null ? "" : `(代表处评分 ${ignoredRating} 不计)`),
    en:
      `project ${id}: handover report submitted ${submittedOn}, after the deadline ${deadline}; scores 0` +
      (ignoredRating === null ? "" : ` (the rating ${ignoredRating} is ignored)`),
  }),
  missing: (id: string, deadline: string, ignoredRating: number | null): Bilingual => ({
    zh: `项目 ${id}:截止期 ${deadline} 前未提交交维报告,记 0 分` + (ignoredRating === null ? "" : `(代表处评分 ${ignoredRating} 不计)`),
    en:
      `project ${id}: no handover report by the deadline ${deadline}; scores 0` +
      (ignoredRating === null ? "" : ` (the rating ${ignoredRating} is ignored)`),
  }),
  notMajor: (id: string, product: string, seats: number, products: string, minSeats: number): Bilingual => ({
    zh: `提示:项目 ${id}(${product},${seats} 点)不符合重大项目条件(${products},点数≥${minSeats}),因在 H3C 下发的清单中,仍予计分`,
    en: `warning: project ${id} (${product}, ${seats} seats) is not a major project (${products}, ≥ ${minSeats} seats); scored because H3C listed it`,
  }),
  mean: (sum: string, count: number, mean: string): Bilingual => ({
    zh: `${count} 个重大项目按比例计算:${sum} ÷ ${count} = ${mean}`,
    en: `${count} major project(s), plain mean: ${sum} ÷ ${count} = ${mean}`,
  }),
  seatWeightedMean: (weighted: string, seats: string, mean: string): Bilingual => ({
    zh: `按点数加权:${weighted} ÷ ${seats} 点 = ${mean}`,
    en: `seat-weighted mean: ${weighted} ÷ ${seats} seats = ${mean}`,
  }),
};

export const satisfactionMessages = {
  none: (score: number): Bilingual => ({
    zh: `本季度无回访,本项不适用,记 ${score} 分`,
    en: `no satisfaction survey this quarter: not applicable, scored ${score}`,
  }),
  completed: (projectId: string, label: string, points: number): Bilingual => ({
    zh: `项目 ${projectId}:回访结果“${label}”,${points} 分`,
    en: `project ${projectId}: survey outcome "${label}", ${points} points`,
  }),
  unreachable: (projectId: string, deduction: number): Bilingual => ({
    zh: `项目 ${projectId}:三次回访不通,扣 ${deduction} 分`,
    en: `project ${projectId}: unreachable after three calls, minus ${deduction}`,
  }),
  unreachableAfterReminder: (projectId: string, deduction: string, adds: boolean): Bilingual => ({
    zh: `项目 ${projectId}:提醒项目经理后再回访不通,扣 ${deduction} 分` + (adds ? "(与回访不通的扣分累加)" : "(取代回访不通的扣分)"),
    en:
      `project ${projectId}: unreachable again after the partner's project manager was reminded, minus ${deduction}` +
      (adds ? " (added to the unreachable deduction)" : " (replaces the unreachable deduction)"),
  }),
  base: (sum: string, count: number, base: string): Bilingual => ({
    zh: `满意度得分 = 回访得分之和 ÷ 回访单量 = ${sum} ÷ ${count} = ${base}`,
    en: `satisfaction = sum of completed surveys' points ÷ completed surveys = ${sum} ÷ ${count} = ${base}`,
  }),
  baseWithoutCompleted: (base: number): Bilingual => ({
    zh: `无完成的回访,基础分按 ${base} 分计`,
    en: `no completed survey: base ${base}`,
  }),
  deductions: (base: string, deductions: string, result: string): Bilingual => ({
    zh: `扣除回访不通扣分:${base} − ${deductions} = ${result}`,
    en: `minus unreachable deductions: ${base} − ${deductions} = ${result}`,
  }),
};

export const flooredMessage = (value: string): Bilingual => ({
  zh: `结果 ${value} 低于 0,按 0 分计`,
  en: `${value} is below 0: scored 0`,
});

export const repOfficeMessages = {
  none: (score: number): Bilingual => ({
    zh: `代表处未报告扣分事项,本项不适用,记 ${score} 分`,
    en: `nothing reported by the rep office: not applicable, scored ${score}`,
  }),
  start: (max: number): Bilingual => ({ zh: `代表处评分满分 ${max} 分`, en: `rep-office rating starts at ${max}` }),
  deliveryQuality: (deduction: string): Bilingual => ({
    zh: `项目交付质量:代表处扣 ${deduction} 分`,
    en: `delivery quality: the rep office deducts ${deduction}`,
  }),
  unlicensedWork: (cases: number, perCase: number, deduction: string): Bilingual => ({
    zh: `无证上岗 ${cases} 次 × ${perCase} 分 = 扣 ${deduction} 分`,
    en: `unlicensed work: ${cases} case(s) × ${perCase} = minus ${deduction}`,
  }),
  vendorAssist: (personDays: number, perDay: number, deduction: string): Bilingual => ({
    zh: `自服务项目原厂求助 ${personDays} 人天 × ${perDay} 分 = 扣 ${deduction} 分`,
    en: `vendor assistance on self-service projects: ${personDays} person-day(s) × ${perDay} = minus ${deduction}`,
  }),
  simpleIssueTickets: (tickets: number, tier: string, deduction: string): Bilingual => ({
    zh: `简单问题单 ${tickets} 个(${tier}):扣 ${deduction} 分`,
    en: `simple-question tickets to the rep office: ${tickets} (${tier}): minus ${deduction}`,
  }),
  keyEvent: (deduction: string): Bilingual => ({
    zh: `代表处关键事件:扣 ${deduction} 分`,
    en: `rep office's key-event deduction: minus ${deduction}`,
  }),
  result: (max: number, deductions: string, result: string): Bilingual => ({
    zh: `${max} − ${deductions} = ${result}`,
    en: `${max} − ${deductions} = ${result}`,
  }),
};

export const ecrMessages = {
  noCalls: (score: number): Bilingual => ({
    zh: `本季度无 400 来电,本项不适用,记 ${score} 分`,
    en: `no 400-hotline calls this quarter: not applicable, scored ${score}`,
  }),
  fewSimpleCalls: (simpleCalls: number, atMost: number, score: number): Bilingual => ({
    zh: `季度内简单问题 ${simpleCalls} 个,不超过 ${atMost} 个,得满分 ${score} 分`,
    en: `${simpleCalls} simple question(s) this quarter, at most ${atMost}: full ${score}`,
  }),
  ratio: (ratio: string, band: string, points: number): Bilingual => ({
    zh: `ECR = ${ratio},落在 ${band} 区间,得 ${points} 分`,
    en: `ECR = ${ratio}, in the band ${band}: ${points} points`,
  }),
};

const TRAINING_PART = {
  online: { zh: "线上必修课", en: "online mandatory courses", doneZh: "完成", doneEn: "completed by", whoZh: "须学习的工程师", whoEn: "learners" },
  offline: { zh: "线下培训", en: "offline training", doneZh: "参加", doneEn: "attended by", whoZh: "核心工程师", whoEn: "core engineers" },
} as const;

export const trainingMessages = {
  notRequired: (part: keyof typeof TRAINING_PART, score: number): Bilingual => ({
    zh: `${TRAINING_PART[part].zh}:本季度无${TRAINING_PART[part].whoZh},不适用,记 ${score} 分`,
    en: `${TRAINING_PART[part].en}: no ${TRAINING_PART[part].whoEn} required this quarter, not applicable, scored ${score}`,
  }),
  part: (part: keyof typeof TRAINING_PART, done: number, required: number, ratio: string, band: string, points: number): Bilingual => ({
    zh: `${TRAINING_PART[part].zh}:${TRAINING_PART[part].whoZh}${TRAINING_PART[part].doneZh} ${done}/${required} = ${ratio},落在 ${band} 区间,得 ${points} 分`,
    en: `${TRAINING_PART[part].en} ${TRAINING_PART[part].doneEn} ${done}/${required} ${TRAINING_PART[part].whoEn} = ${ratio}, band ${band}: ${points} points`,
  }),
  sum: (online: number, offline: number, total: string): Bilingual => ({
    zh: `培训参与率 = 线上 ${online} + 线下 ${offline} = ${total}`,
    en: `training = online ${online} + offline ${offline} = ${total}`,
  }),
};

export const keyEventMessages = {
  none: (): Bilingual => ({ zh: "本季度无关键事件", en: "no key event this quarter" }),
  bonus: (id: string, points: number, note: string): Bilingual => ({
    zh: `关键事件 ${id}(加分):+${points}(${note})`,
    en: `key event ${id} (bonus): +${points} (${note})`,
  }),
  penalty: (id: string, points: number, note: string): Bilingual => ({
    zh: `关键事件 ${id}(扣分):−${points}(${note})`,
    en: `key event ${id} (penalty): −${points} (${note})`,
  }),
  sum: (bonus: string, penalty: string, adjustment: string): Bilingual => ({
    zh: `加减分合计:${bonus} − ${penalty} = ${adjustment}`,
    en: `adjustment: ${bonus} − ${penalty} = ${adjustment}`,
  }),
};
