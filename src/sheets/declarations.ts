import type { Bilingual } from "../messages/bilingual.js";
import type { ClauseId } from "../policy/clauses.js";

/**
 * The spreadsheet functions declared once: names, arguments and descriptions in both languages, and
 * a worked example each. The functions check their arguments against it, and the build writes
 * Excel's custom-functions metadata (`functions.json`) and the Apps Script file from it.
 */

/** One argument of a spreadsheet function. */
export interface SheetParam {
  readonly name: string;
  readonly label: Bilingual;
  readonly description: Bilingual;
  /** What a cell holds: a number, text, or either. */
  readonly type: "number" | "string" | "any";
  /** A range (rows of cells) rather than one cell. */
  readonly range?: true;
  readonly optional?: true;
}

/** One spreadsheet function. */
export interface SheetFunction {
  readonly name: string;
  readonly clause: ClauseId;
  readonly description: Bilingual;
  readonly params: readonly SheetParam[];
  readonly result: { readonly type: "number" | "string"; readonly description: Bilingual };
  /** A formula's arguments and its result, worked out from the policy (checked by a test). */
  readonly example: { readonly args: readonly unknown[]; readonly result: number | string; readonly why: string };
}

const itemParams = () =>
  [
  { name: "major", label: { zh: "H3C重大项目交付考核", en: "major-project delivery" }, description: { zh: "重大项目交付考核得分 0–30,或五个得分的区域", en: "Major-project delivery score 0–30, or a range of the five scores" }, type: "any", range: true },
  { name: "satisfaction", label: { zh: "客户满意度", en: "customer satisfaction" }, description: { zh: "客户满意度得分 0–25", en: "Customer-satisfaction score 0–25" }, type: "number", optional: true },
  { name: "repOffice", label: { zh: "代表处评分", en: "rep-office rating" }, description: { zh: "代表处评分 0–10", en: "Rep-office rating 0–10" }, type: "number", optional: true },
  { name: "ecr", label: { zh: "ECR(简单问题占比)", en: "ECR" }, description: { zh: "ECR 得分 0–15", en: "ECR score 0–15" }, type: "number", optional: true },
  { name: "training", label: { zh: "培训参与率", en: "training participation" }, description: { zh: "培训参与率得分 0–20", en: "Training-participation score 0–20" }, type: "number", optional: true },
  { name: "adjustment", label: { zh: "关键事件加减分", en: "key-event adjustment" }, description: { zh: "可选:关键事件加分 − 扣分,可为负数", en: "Optional: key-event bonus − penalty, may be negative" }, type: "number", optional: true },
  ] as const satisfies readonly SheetParam[];

export const SHEET_FUNCTIONS = [
  {
    name: "STAR_MAJOR_PROJECTS",
    clause: "3.2.1",
    description: {
      zh: "H3C重大项目交付考核(三.2.1,30 分):每个重大项目一个单元格,交维报告按时提交时填代表处评分,逾期填“逾期”或 late,未提交填“未提交”或 missing;多个项目取平均",
      en: "Major-project delivery (3.2.1, 30 points): one cell per major project, the rep office's rating when the handover report was on time, late / 逾期 or missing / 未提交 otherwise; several projects: the mean",
    },
    params: [{ name: "ratings", label: { zh: "重大项目评分", en: "ratings" }, description: { zh: "每个项目的评分或 late / missing", en: "Each project's rating, or late / missing" }, type: "any", range: true }],
    result: { type: "number", description: { zh: "本项得分 0–30", en: "The item score, 0–30" } },
    example: { args: [[[28], ["missing"]]], result: 14, why: "(28 + 0) ÷ 2 = 14" },
  },
  {
    name: "STAR_SATISFACTION",
    clause: "3.2.2",
    description: {
      zh: "客户满意度(三.2.2,25 分):每个回访项目一个单元格,填回访结果(非常满意、满意、一般、不满意、非常不满意、回访不通、提醒后回访不通)",
      en: "Customer satisfaction (3.2.2, 25 points): one cell per surveyed project with its outcome (非常满意 … 提醒后回访不通, or the codes very_satisfied … unreachable_after_reminder)",
    },
    params: [{ name: "outcomes", label: { zh: "回访结果", en: "outcomes" }, description: { zh: "每个项目的回访结果", en: "Each project's survey outcome" }, type: "string", range: true }],
    result: { type: "number", description: { zh: "本项得分 0–25", en: "The item score, 0–25" } },
    example: { args: [[["非常满意"], ["满意"], [""], ["回访不通"]]], result: 18, why: "(25 + 15) ÷ 2 − 2 = 18" },
  },
  {
    name: "STAR_REP_OFFICE",
    clause: "3.2.3",
    description: {
      zh: "代表处评分(三.2.3,10 分):10 分减去交付质量扣分、无证上岗每次 0.5、原厂求助每人天 0.5、简单问题单(≥5 扣 1,≥10 扣 3)与关键事件扣分;空单元格按 0 计",
      en: "Rep-office rating (3.2.3, 10 points): 10 minus the delivery-quality deduction, 0.5 per unlicensed-work case, 0.5 per vendor person-day, the ticket tier (≥ 5: 1, ≥ 10: 3) and the key-event deduction; an empty cell is 0",
    },
    params: [
      { name: "quality", label: { zh: "项目交付质量扣分", en: "delivery-quality deduction" }, description: { zh: "代表处对交付质量的扣分", en: "The rep office's delivery-quality deduction" }, type: "number", optional: true },
      { name: "unlicensed", label: { zh: "无证上岗次数", en: "unlicensed-work cases" }, description: { zh: "无证上岗次数", en: "Unlicensed-work cases" }, type: "number", optional: true },
      { name: "vendorDays", label: { zh: "原厂求助人天", en: "vendor person-days" }, description: { zh: "自服务项目原厂求助人天(可为半天)", en: "Person-days of H3C engineers on self-service projects (half days allowed)" }, type: "number", optional: true },
      { name: "tickets", label: { zh: "简单问题单数", en: "simple-question tickets" }, description: { zh: "反馈到代表处的简单问题单数", en: "Simple-question tickets to the rep office" }, type: "number", optional: true },
      { name: "keyEvent", label: { zh: "代表处关键事件扣分", en: "key-event deduction" }, description: { zh: "代表处关键事件扣分", en: "The rep office's key-event deduction" }, type: "number", optional: true },
    ],
    result: { type: "number", description: { zh: "本项得分 0–10", en: "The item score, 0–10" } },
    example: { args: [0, 1, 0, 3, 0], result: 9.5, why: "10 − 1 × 0.5 = 9.5" },
  },
  {
    name: "STAR_ECR",
    clause: "3.2.4",
    description: {
      zh: "ECR(三.2.4,15 分):简单问题来电 ÷ 来电总数,按档位精确比较(ECR≤8% 15 分 … 16%<ECR 0 分);简单问题不超过 5 个得满分",
      en: "ECR (3.2.4, 15 points): simple calls ÷ all calls, compared with each band edge exactly (≤ 8 %: 15 … > 16 %: 0); at most 5 simple calls: 15",
    },
    params: [
      { name: "simple", label: { zh: "简单问题来电数", en: "simple calls" }, description: { zh: "本季度 400 来电中的简单问题数", en: "Simple-question calls to the 400 hotline this quarter" }, type: "number" },
      { name: "total", label: { zh: "来电总数", en: "all calls" }, description: { zh: "本季度 400 来电总数", en: "All calls to the 400 hotline this quarter" }, type: "number" },
    ],
    result: { type: "number", description: { zh: "本项得分 0–15", en: "The item score, 0–15" } },
    example: { args: [6, 75], result: 15, why: "6 ÷ 75 = 8 % exactly, ECR≤8% → 15" },
  },
  {
    name: "STAR_ECR_RATE",
    clause: "3.2.4",
    description: {
      zh: "按比例计算 ECR(三.2.4,15 分):比例为 0 到 1 的数或带百分号的文本(9.5% 或 9.5%);给出简单问题数时适用“不超过 5 个得满分”",
      en: "ECR from the rate (3.2.4, 15 points): a number 0 to 1 or text with a percent sign (9.5% or 9.5％); the at-most-5 rule applies when the simple-call count is given",
    },
    params: [
      { name: "rate", label: { zh: "ECR 比例", en: "rate" }, description: { zh: "ECR 比例,如 0.095 或 9.5%", en: "The ECR, e.g. 0.095 or 9.5%" }, type: "any" },
      { name: "simple", label: { zh: "简单问题来电数", en: "simple calls" }, description: { zh: "可选:简单问题来电数", en: "Optional: the simple-question calls" }, type: "number", optional: true },
    ],
    result: { type: "number", description: { zh: "本项得分 0–15", en: "The item score, 0–15" } },
    example: { args: ["9.5%"], result: 12, why: "8 % < 9.5 % ≤ 10 % → 12" },
  },
  {
    name: "STAR_TRAINING",
    clause: "3.2.5",
    description: {
      zh: "培训参与率(三.2.6,表中 2.5,20 分):线上必修课完成率(100% 10 分,≥80% 5 分)+ 线下培训参加率(≥100% 10,≥80% 8,≥60% 3)",
      en: "Training participation (3.2.5, 20 points): online completion (100 %: 10, ≥ 80 %: 5) + offline attendance (≥ 100 %: 10, ≥ 80 %: 8, ≥ 60 %: 3)",
    },
    params: [
      { name: "onlineRequired", label: { zh: "线上须学习人数", en: "online learners required" }, description: { zh: "须完成线上必修课的工程师数", en: "Engineers required to complete the online courses" }, type: "number" },
      { name: "onlineCompleted", label: { zh: "线上完成人数", en: "online completions" }, description: { zh: "完成线上必修课的工程师数", en: "Engineers who completed them" }, type: "number" },
      { name: "offlineRequired", label: { zh: "核心工程师人数", en: "core engineers required" }, description: { zh: "须参加线下培训的核心工程师数", en: "Core engineers required at the offline training" }, type: "number" },
      { name: "offlineAttended", label: { zh: "线下参加人数", en: "core engineers attended" }, description: { zh: "参加线下培训的核心工程师数", en: "Core engineers who attended" }, type: "number" },
    ],
    result: { type: "number", description: { zh: "本项得分 0–20", en: "The item score, 0–20" } },
    example: { args: [6, 6, 3, 2], result: 13, why: "6 ÷ 6 = 100 % → 10; 2 ÷ 3 ≈ 66.67 % (≥ 60 %) → 3; 10 + 3 = 13" },
  },
  {
    name: "STAR_TOTAL",
    clause: "3.1",
    description: {
      zh: "季度考核总分(三.1):五项得分各按四舍五入保留两位小数后相加,再加关键事件加减分;可给五个单元格或一个五格区域",
      en: "Quarterly total (3.1): the five item scores, each rounded half up to 2 decimals, plus the key-event adjustment; five cells or one range of five",
    },
    params: itemParams(),
    result: { type: "number", description: { zh: "季度考核总分", en: "The quarter's total" } },
    example: { args: [28, 25, 9.5, 15, 13, 2], result: 92.5, why: "28 + 25 + 9.5 + 15 + 13 + 2 = 92.5" },
  },
  {
    name: "STAR_VERDICT",
    clause: "4.1.a",
    description: {
      zh: "降级结论(四.1):任一项为 0 或总分低于 70 分则降级;返回“保持星级”或“降级:”及原因",
      en: "Downgrade verdict (4.1): any item at 0, or a total below 70, downgrades; returns keep, or downgrade: and the reasons",
    },
    params: [...itemParams(), { name: "lang", label: { zh: "语言", en: "language" }, description: { zh: "可选:zh(默认)或 en", en: "Optional: zh (default) or en" }, type: "string", optional: true }],
    result: { type: "string", description: { zh: "结论", en: "The verdict" } },
    example: { args: [30, 0, 10, 15, 20, "", "en"], result: 'downgrade: 4.1.a: the item "customer satisfaction" scored 0', why: "satisfaction 0 → 4.1.a, although 30 + 0 + 10 + 15 + 20 = 75 ≥ 70" },
  },
  {
    name: "STAR_MAX_SIMPLE_CALLS",
    clause: "3.2.4",
    description: {
      zh: "规划 ECR(三.2.4):预计来电总数下,保住某一档得分的最多简单问题来电数(按档位边界精确计算;不超过 5 个得满分)",
      en: "Planning ECR (3.2.4): the most simple calls that keep a band's points at the calls expected (from the band edge, exactly; at most 5 simple calls score in full)",
    },
    params: [
      { name: "calls", label: { zh: "来电总数", en: "calls" }, description: { zh: "本季度预计的 400 来电总数", en: "The calls to the 400 hotline expected this quarter" }, type: "number" },
      { name: "points", label: { zh: "ECR 档位得分", en: "ECR band points" }, description: { zh: "ECR 某一档的得分:15、12、9、6、3 或 0", en: "The points of an ECR band: 15, 12, 9, 6, 3 or 0" }, type: "number" },
    ],
    result: { type: "number", description: { zh: "保住该档得分的最多简单问题来电数", en: "The most simple calls that keep those points" } },
    example: { args: [120, 15], result: 9, why: "⌊8 × 120 ÷ 100⌋ = 9: 9 ÷ 120 = 7.5 % ≤ 8 % → 15, 10 ÷ 120 ≈ 8.33 % → 12" },
  },
  {
    name: "STAR_MIN_ONLINE_COMPLETED",
    clause: "3.2.5",
    description: {
      zh: "规划线上必修课(三.2.5):须学习人数下,达到某一档得分的最少完成人数(100% 10 分,≥80% 5 分);无人须学习时为 0",
      en: "Planning the online mandatory courses (3.2.5): the fewest completions that reach a band's points at the learners required (100 %: 10, ≥ 80 %: 5); 0 when nobody is required",
    },
    params: [
      { name: "required", label: { zh: "线上必修课应学人数", en: "online learners required" }, description: { zh: "本季度须完成线上必修课的工程师数", en: "Engineers required to complete the online courses this quarter" }, type: "number" },
      { name: "points", label: { zh: "线上档位得分", en: "online band points" }, description: { zh: "线上某一档的得分:10、5 或 0", en: "The points of an online band: 10, 5 or 0" }, type: "number" },
    ],
    result: { type: "number", description: { zh: "达到该档得分的最少完成人数", en: "The fewest completions that score those points" } },
    example: { args: [8, 5], result: 7, why: "⌈80 × 8 ÷ 100⌉ = 7: 7 ÷ 8 = 87.5 % ≥ 80 % → 5, 6 ÷ 8 = 75 % → 0" },
  },
  {
    name: "STAR_MIN_OFFLINE_ATTENDED",
    clause: "3.2.5",
    description: {
      zh: "规划线下培训(三.2.5):核心工程师人数下,达到某一档得分的最少参加人数(≥100% 10,≥80% 8,≥60% 3);无人须参加时为 0",
      en: "Planning the offline training (3.2.5): the fewest attendances that reach a band's points at the core engineers required (≥ 100 %: 10, ≥ 80 %: 8, ≥ 60 %: 3); 0 when nobody is required",
    },
    params: [
      { name: "required", label: { zh: "线下培训应参加核心工程师数", en: "core engineers required" }, description: { zh: "本季度须参加线下培训的核心工程师数", en: "Core engineers required at the offline training this quarter" }, type: "number" },
      { name: "points", label: { zh: "线下档位得分", en: "offline band points" }, description: { zh: "线下某一档的得分:10、8、3 或 0", en: "The points of an offline band: 10, 8, 3 or 0" }, type: "number" },
    ],
    result: { type: "number", description: { zh: "达到该档得分的最少参加人数", en: "The fewest attendances that score those points" } },
    example: { args: [5, 8], result: 4, why: "4 ÷ 5 = 80 % ≥ 80 % → 8, 3 ÷ 5 = 60 % → 3" },
  },
] as const satisfies readonly SheetFunction[];

/** A spreadsheet function's name. */
export type SheetFunctionName = (typeof SHEET_FUNCTIONS)[number]["name"];

/**
 * A function's declaration by its name.
 *
 * @example declarationOf("STAR_ECR").params.length; // 2
 */
export function declarationOf(name: SheetFunctionName): SheetFunction {
  return SHEET_FUNCTIONS.find((declaration) => declaration.name === name) as SheetFunction;
}
