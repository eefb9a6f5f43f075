import type { Language } from "../messages/bilingual.js";
import { inputMessages } from "../messages/input.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { QuarterId } from "../dates/quarter.js";
import { scoreEcr } from "../rules/ecr.js";
import { type MajorProject, scoreMajorProjects } from "../rules/major-projects.js";
import { scoreRepOffice } from "../rules/rep-office.js";
import { scoreSatisfaction } from "../rules/satisfaction.js";
import { scoreTraining } from "../rules/training.js";
import { buildVerdict, type ItemZeroReason, type Reason, type TotalBelowThresholdReason } from "../verdict/verdict.js";
import { fail, namingArguments, params } from "./arguments.js";
import { byPath, type Cell, cellAt, cellNumber, filledCells, isEmptyCell, language, optionalNumber, type Range, requiredNumber, shown, singleCell } from "./cells.js";
import { sheetTotal } from "./items.js";
import { sheetMessages } from "../messages/sheets.js";

/**
 * The spreadsheet functions (`dist/sheets.global.js`): plain functions of cell values for Google
 * Sheets (Apps Script) and Excel custom functions. Each one calls the library's own rule, so a sheet
 * and `assessQuarter` score alike; bad input throws an error naming the argument, never a number.
 * docs/spreadsheets.md shows how to install them.
 */

const MAJOR = params("STAR_MAJOR_PROJECTS", { ratings: "重大项目评分" });
const SATISFACTION = params("STAR_SATISFACTION", { outcomes: "回访结果" });
const REP_OFFICE = params("STAR_REP_OFFICE", {
  quality: "项目交付质量扣分",
  unlicensed: "无证上岗次数",
  vendorDays: "原厂求助人天",
  tickets: "简单问题单数",
  keyEvent: "关键事件扣分",
});
const ECR = params("STAR_ECR", { simple: "简单问题来电数", total: "来电总数" });
const ECR_RATE = params("STAR_ECR_RATE", { rate: "ECR 比例", simple: "简单问题来电数" });
const TRAINING = params("STAR_TRAINING", {
  onlineRequired: "线上必修课应学人数",
  onlineCompleted: "线上必修课完成人数",
  offlineRequired: "线下培训应参加核心工程师数",
  offlineAttended: "线下培训参加核心工程师数",
});
const VERDICT = params("STAR_VERDICT", { lang: "语言" });

/** What a STAR_MAJOR_PROJECTS cell says instead of a rating when the handover report was late or missing. */
const LATE_WORDS: readonly string[] = ["late", "逾期"];
const MISSING_WORDS: readonly string[] = ["missing", "未提交"];

// A sheet holds a rating (the report was on time) or a word (late / missing); scoreMajorProjects decides
// from dates. These fixed dates state each case to it: an on-time report comes the day before the
// deadline (on time whichever way reading R5 takes "截止期之前"), a late one the day after, a missing one
// never (null). The dates only reach the rule's steps, which a sheet does not show.
const DEADLINE = "2024-06-28";
const SUBMITTED_ON_TIME = "2024-06-27";
const SUBMITTED_LATE = "2024-06-29";

// buildVerdict dates its reasons from the assessed quarter. A sheet has no quarter and STAR_VERDICT shows
// no dates, so the first quarter under the policy stands in and the dates are dropped.
const VERDICT_QUARTER: QuarterId = "2024-Q2";

/**
 * Major-project delivery score (三.2.1 H3C重大项目交付考核, 30 points, clause `3.2.1`):
 * "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,代表处根据实际反馈情况进行打分,满分30分,
 * 有多项重大项目的服务合作伙伴按照比例进行分数计算。"
 *
 * One cell per major project of the quarter: the rep office's rating (0–30) when the handover report
 * was on time, or "late" / "逾期", "missing" / "未提交" (scores 0). Empty cells are ignored. Several
 * projects: the plain mean (reading R7). No project: 30, the item does not apply (reading R1).
 *
 * @param {number[][]} ratings The ratings of the quarter's major projects, or late / missing.
 * @return {number} The item score, 0–30.
 * @customfunction
 * @example STAR_MAJOR_PROJECTS([[28], ["missing"]]); // (28 + 0) / 2 = 14
 */
export function STAR_MAJOR_PROJECTS(ratings: Range): number {
  const policy = CLOUD_DESKTOP_2024;
  const { products, minSeats } = policy.majorProjects.definition;
  const words = [...LATE_WORDS, ...MISSING_WORDS].map((word) => JSON.stringify(word)).join(" / ");
  const cells = filledCells(MAJOR.ratings, ratings);
  const projects = cells.map(({ value, position }): MajorProject => {
    // A listed project of the policy's first product at its minimum seats: a major project (二.3.7),
    // so the rule adds no "not a major project" warning. The schema requires at least one product.
    const project = { id: `R${position.row}C${position.column}`, product: products.value[0] as string, seats: minSeats.value, deadline: DEADLINE };
    const rating = cellNumber(value);
    if (rating !== undefined) return { ...project, submittedOn: SUBMITTED_ON_TIME, rating };
    const word = typeof value === "string" ? value.trim().toLowerCase() : "";
    if (LATE_WORDS.includes(word)) return { ...project, submittedOn: SUBMITTED_LATE };
    if (MISSING_WORDS.includes(word)) return { ...project, submittedOn: null };
    return fail({ param: MAJOR.ratings, position }, sheetMessages.notRating(shown(value), policy.majorProjects.ratingMax.value, words));
  });
  return namingArguments(MAJOR.ratings.fn, cellAt(MAJOR.ratings, cells), () => scoreMajorProjects(projects, policy)).score;
}

/**
 * Customer-satisfaction score (三.2.2 客户满意度, 25 points, clause `3.2.2`):
 * "非常满意 25分 | 满意 15分 | 一般 10分 | 不满意 5分 | 非常不满意 0分 … 若三次回访不通,扣除渠道满意度2分/每项目 …
 * 再回访不通,则扣除渠道满意度5分/每项目。客户满意度得分 =所回访项目客户满意度得分之和/回访单量。"
 *
 * One cell per surveyed project: its final outcome as a Chinese label (非常满意, 满意, 一般, 不满意,
 * 非常不满意, 回访不通, 提醒后回访不通) or a code (very_satisfied … unreachable_after_reminder). Empty
 * cells are ignored. Score = mean of the completed surveys − deductions, floored at 0 (readings R2, R3, R11).
 *
 * @param {string[][]} outcomes The survey outcomes, one project per cell.
 * @return {number} The item score, 0–25.
 * @customfunction
 * @example STAR_SATISFACTION([["非常满意"], ["满意"], [""], ["回访不通"]]); // (25 + 15) / 2 − 2 = 18
 */
export function STAR_SATISFACTION(outcomes: Range): number {
  const cells = filledCells(SATISFACTION.outcomes, outcomes);
  // Each cell is its own project, so no project can be surveyed twice.
  const surveys = cells.map(({ value, position }) => ({ projectId: `R${position.row}C${position.column}`, outcome: String(value).trim() }));
  return namingArguments(SATISFACTION.outcomes.fn, cellAt(SATISFACTION.outcomes, cells), () => scoreSatisfaction(surveys)).score;
}

/**
 * Rep-office rating (三.2.3 代表处评分, 10 points, clause `3.2.3`): 10 minus
 * the delivery-quality deduction ("出现问题代表处服务渠道经理进行酌情扣分"), 0.5 per unlicensed-work case
 * ("如果被确认为无证上岗,每次扣减0.5分"), 0.5 per person-day of vendor assistance ("每人天扣减0.5分"), the
 * simple-question tickets ("季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分"; the tiers do not add,
 * reading R6) and the key-event deduction ("代表处发现渠道服务相关的关键事件,酌情打分"). Floored at 0.
 * An empty cell counts as 0.
 *
 * @param {number} quality The rep office's delivery-quality deduction (≥ 0).
 * @param {number} unlicensed Unlicensed-work cases (无证上岗次数).
 * @param {number} vendorDays Person-days of H3C engineers on self-service projects (half days allowed).
 * @param {number} tickets Simple-question tickets to the rep office.
 * @param {number} keyEvent The rep office's key-event deduction (≥ 0).
 * @return {number} The item score, 0–10.
 * @customfunction
 * @example STAR_REP_OFFICE(0, 1, 0, 3, 0); // 10 − 1 × 0.5 = 9.5
 */
export function STAR_REP_OFFICE(quality: Cell, unlicensed: Cell, vendorDays: Cell, tickets: Cell, keyEvent: Cell): number {
  const record = {
    deliveryQualityDeduction: optionalNumber(REP_OFFICE.quality, quality),
    unlicensedWorkCases: optionalNumber(REP_OFFICE.unlicensed, unlicensed),
    vendorAssistPersonDays: optionalNumber(REP_OFFICE.vendorDays, vendorDays),
    simpleIssueTickets: optionalNumber(REP_OFFICE.tickets, tickets),
    keyEventDeduction: optionalNumber(REP_OFFICE.keyEvent, keyEvent),
  };
  const places = byPath({
    deliveryQualityDeduction: REP_OFFICE.quality,
    unlicensedWorkCases: REP_OFFICE.unlicensed,
    vendorAssistPersonDays: REP_OFFICE.vendorDays,
    simpleIssueTickets: REP_OFFICE.tickets,
    keyEventDeduction: REP_OFFICE.keyEvent,
  });
  return namingArguments(REP_OFFICE.quality.fn, places, () => scoreRepOffice(record)).score;
}

/**
 * ECR score from call counts (三.2.4 ECR, 15 points, clause `3.2.4`):
 * "ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分。"
 *
 * ECR = simple ÷ total, compared with each band edge exactly (6 of 75 is exactly 8 % → 15). At most 5
 * simple calls → 15. No calls at all → 15 (reading R8).
 *
 * @param {number} simple Simple-question calls to the 400 hotline this quarter.
 * @param {number} total All calls to the 400 hotline this quarter.
 * @return {number} The item score, 0–15.
 * @customfunction
 * @example STAR_ECR(6, 75); // 6/75 = 8 % exactly, ECR≤8% → 15
 */
export function STAR_ECR(simple: Cell, total: Cell): number {
  const calls = { simpleCalls: requiredNumber(ECR.simple, simple), totalCalls: requiredNumber(ECR.total, total) };
  return namingArguments(ECR.simple.fn, byPath({ simpleCalls: ECR.simple, totalCalls: ECR.total }), () => scoreEcr(calls)).score;
}

/**
 * ECR score from the rate (三.2.4 ECR, 15 points, clause `3.2.4`), for a sheet that holds the ECR
 * itself: "ECR≤8% 15分 | 8%<ECR≤10% 12分 | … | 16%<ECR 0分"; "季度内公司简单问题不超过5个,得满分" applies
 * only when the simple-call count is given too.
 *
 * The rate is a number between 0 and 1 (a cell formatted "9.5%" holds 0.095) or text with a percent
 * sign ("9.5%"); text without one is refused (is "9.5" 9.5 % or 950 %?).
 *
 * @param {number|string} rate The quarter's ECR: 0.095 or "9.5%".
 * @param {number} [simple] Optional: the simple-question calls, for the "at most 5" rule.
 * @return {number} The item score, 0–15.
 * @customfunction
 * @example STAR_ECR_RATE("9.5%"); // 8 % < 9.5 % ≤ 10 % → 12
 */
export function STAR_ECR_RATE(rate: Cell, simple?: Cell): number {
  const rateCell = singleCell(ECR_RATE.rate, rate);
  if (isEmptyCell(rateCell)) fail({ param: ECR_RATE.rate }, sheetMessages.empty());
  if (typeof rateCell !== "number" && typeof rateCell !== "string") fail({ param: ECR_RATE.rate }, inputMessages.notRate(rateCell));
  const calls = { rate: rateCell, simpleCalls: optionalNumber(ECR_RATE.simple, simple) };
  return namingArguments(ECR_RATE.rate.fn, byPath({ rate: ECR_RATE.rate, simpleCalls: ECR_RATE.simple }), () => scoreEcr(calls)).score;
}

/**
 * Training-participation score (三.2.5 培训参与率, 20 points; the body numbers it 2.6; clause `3.2.5`):
 * "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 | 必修课(代表处每季度组织的技术培训要求渠道所有核心工程师每季度参加一次)
 * | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分 … 培训参与率满分20分".
 *
 * Online part + offline part; a part with nobody required scores its full 10 (reading R9). Engineers
 * who finished the 上岗证 study last quarter count among the online learners required.
 *
 * @param {number} onlineRequired Learners required to take the online mandatory courses.
 * @param {number} onlineCompleted Learners who completed them.
 * @param {number} offlineRequired Core engineers required at the quarter's offline training.
 * @param {number} offlineAttended Core engineers who attended.
 * @return {number} The item score, 0–20.
 * @customfunction
 * @example STAR_TRAINING(6, 6, 3, 2); // online 6/6 = 100 % → 10; offline 2/3 = 66.67 % → 3; 10 + 3 = 13
 */
export function STAR_TRAINING(onlineRequired: Cell, onlineCompleted: Cell, offlineRequired: Cell, offlineAttended: Cell): number {
  const record = {
    online: { required: requiredNumber(TRAINING.onlineRequired, onlineRequired), completed: requiredNumber(TRAINING.onlineCompleted, onlineCompleted) },
    offline: { required: requiredNumber(TRAINING.offlineRequired, offlineRequired), attended: requiredNumber(TRAINING.offlineAttended, offlineAttended) },
  };
  const places = byPath({
    "online.required": TRAINING.onlineRequired,
    "online.completed": TRAINING.onlineCompleted,
    "offline.required": TRAINING.offlineRequired,
    "offline.attended": TRAINING.offlineAttended,
  });
  return namingArguments(TRAINING.onlineRequired.fn, places, () => scoreTraining(record)).score;
}

/**
 * Quarterly total (三.1 季度考核指标; reading R4, clause `3.1`): the five item scores, each rounded to 2
 * decimals half up, plus the key-event adjustment (三.2.6 关键事件 加减分), summed exactly. Not clamped.
 *
 * Each item score must lie between 0 and its maximum (30, 25, 10, 15, 20); anything else is an error
 * naming the argument.
 *
 * @param {number} major Major-project delivery score (0–30), e.g. from STAR_MAJOR_PROJECTS.
 * @param {number} satisfaction Customer-satisfaction score (0–25).
 * @param {number} repOffice Rep-office rating (0–10).
 * @param {number} ecr ECR score (0–15).
 * @param {number} training Training-participation score (0–20).
 * @param {number} [adjustment] Optional key-event adjustment: bonus − penalty, may be negative.
 * @return {number} The quarter's total.
 * @customfunction
 * @example STAR_TOTAL(28, 25, 9.5, 15, 13, 2); // 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5
 */
export function STAR_TOTAL(major: Cell, satisfaction: Cell, repOffice: Cell, ecr: Cell, training: Cell, adjustment?: Cell): number {
  return sheetTotal("STAR_TOTAL", { major, satisfaction, repOffice, ecr, training, adjustment }).total;
}

/** The reasons item scores and a total can give; STAR_VERDICT passes no falsified-information flag and no key events. */
const isScoreReason = (reason: Reason): reason is ItemZeroReason | TotalBelowThresholdReason =>
  reason.code === "ITEM_ZERO" || reason.code === "TOTAL_BELOW_THRESHOLD";

/**
 * Downgrade verdict of 四.1 (clauses `4.1.a`, `4.1.b`):
 * "a. 若合作伙伴星级季度考核各项指标中(H3C重大项目交付考核、客户满意度、代表处评分、ECR、培训参与率),有任何一项为0,
 * 对渠道进行降级处理,降级周期为一个季度。 b. 若合作伙伴星级季度考核<70分,对渠道进行降级处理,一个季度后,可重新提交认证申请。"
 *
 * "保持" ("keep") when no rule applies; else "降级: " ("downgrade: ") and the reasons: each item
 * scoring 0 (after rounding) by name, and a total below 70 (70.00 passes). The total is the one of
 * STAR_TOTAL. The dates of the verdict, the falsified-customer-information rule (三.2.2) and major key
 * events (四.2.2) need the library (`assessQuarter`); they are not in a sheet.
 *
 * @param {number} major Major-project delivery score (0–30).
 * @param {number} satisfaction Customer-satisfaction score (0–25).
 * @param {number} repOffice Rep-office rating (0–10).
 * @param {number} ecr ECR score (0–15).
 * @param {number} training Training-participation score (0–20).
 * @param {number} [adjustment] Optional key-event adjustment: bonus − penalty, may be negative.
 * @param {string} [lang] Optional: "zh" (default) or "en".
 * @return {string} "保持" / "keep", or "降级: …" / "downgrade: …" with the reasons.
 * @customfunction
 * @example STAR_VERDICT(30, 0, 10, 15, 20); // total 75 ≥ 70, but 客户满意度 is 0 → "降级: 客户满意度得 0 分(四.1.a)"
 */
export function STAR_VERDICT(major: Cell, satisfaction: Cell, repOffice: Cell, ecr: Cell, training: Cell, adjustment?: Cell, lang?: Cell): string {
  const { itemScores, total } = sheetTotal("STAR_VERDICT", { major, satisfaction, repOffice, ecr, training, adjustment });
  const chosen: Language = language(VERDICT.lang, lang);
  const verdict = buildVerdict({ quarter: VERDICT_QUARTER, itemScores, total, customerInfoFalsified: false, keyEvents: [] });
  if (!verdict.downgrade) return sheetMessages.keep()[chosen];
  const reasons = verdict.reasons
    .filter(isScoreReason)
    .map((reason) => (reason.code === "ITEM_ZERO" ? sheetMessages.itemZero(reason.item) : sheetMessages.totalBelowThreshold(reason.total, reason.threshold)));
  return sheetMessages.downgrade(reasons)[chosen];
}
