import type { Sentences } from "../bilingual.js";
import type { ExpectedKind, FieldName, IssueFigures } from "../issues.js";
import { shown } from "../shown.js";
import { headroomIssueSentences } from "./headroom.js";
import { standingIssueSentences } from "./standing.js";

const KINDS: Readonly<Record<ExpectedKind, string>> = {
  number: "数字",
  string: "文本",
  boolean: "true 或 false",
  object: "对象 {…}",
  array: "列表 […]",
  null: "null",
  value: "值",
};

const field = (name: FieldName | null) => (name === null ? "" : `“${name.label.zh}”(${name.key})`);
const got = (value: unknown) => (value === undefined ? "空值" : value === null ? "null" : shown(value));
const TYPE_NAMES: Readonly<Record<string, string>> = { string: "文本", number: "数字", boolean: "true/false", object: "对象" };
const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "列表" : (TYPE_NAMES[typeof value] ?? typeof value));
const wholeNumber = (largest: number) => `0 到 ${largest.toLocaleString("en-US")} 之间的整数`;

/** The input problems' sentences in Chinese (zh-CN). */
export const zhIssues: Sentences<IssueFigures> = {
  ...standingIssueSentences,
  ...headroomIssueSentences,
  invalid_type: (f) =>
    f.received === undefined
      ? `缺少必填字段${field(f.field)}`
      : f.expected === "number" && typeof f.received === "number"
        ? `${field(f.field)}应为有限的数,收到 ${got(f.received)}`
        : `${field(f.field)}应为${KINDS[f.expected]},收到${f.received === null ? " null" : `${kindOf(f.received)} ${got(f.received)}`}`,
  unrecognized_keys: (f) =>
    `未知的字段“${f.key}”` + (f.suggestion === null ? `;可用的字段:${f.known.join("、")}` : `;是否应为“${f.suggestion}”?`),
  invalid_value: (f) => `${field(f.field)}的值 ${got(f.received)} 不可用;可用的值:${f.accepted.join("、")}`,
  TOO_MANY_ENTRIES: (f) => `${field(f.field)}有 ${f.count} 项,最多 ${f.max} 项`,
  NOT_WHOLE_NUMBER: (f) => `${field(f.field)}应为${wholeNumber(f.largest)},收到 ${got(f.received)}`,
  NOT_AMOUNT: (f) => `${field(f.field)}应为 0 到 ${f.largest.toLocaleString("en-US")} 之间、最多 6 位小数的数,收到 ${got(f.received)}`,
  TEXT_BLANK: (f) => `${field(f.field)}不能为空白`,
  TEXT_TOO_LONG: (f) => `${field(f.field)}过长:去掉首尾空白后 ${f.length} 个字符,最多 ${f.max} 个`,
  NOT_CALENDAR_DATE: (f) => `${field(f.field)}应为真实存在的日期 YYYY-MM-DD,收到 ${got(f.received)}`,
  NOT_QUARTER: (f) => `季度应写作 YYYY-Qn(如 2024-Q3,年份 1000–9998),收到 ${got(f.received)}`,
  NOT_RATE: (f) => `比例应为 0 到 1 之间的数,或带百分号的文本 "0%" 到 "100%",收到 ${got(f.received)}`,
  UNKNOWN_OUTCOME: (f) => `未知的回访结果 ${got(f.received)};可用:${f.accepted.map((outcome) => `${outcome.label}(${outcome.code})`).join("、")}`,
  NO_POLICY: (f) => `${f.quarter} 没有生效的政策(政策自 ${f.effectiveFrom} 起生效);如需评估,请传入适用于该季度的政策`,
  RATING_ABOVE_MAX: (f) => `代表处评分 ${f.rating} 超过满分 ${f.max}`,
  RATING_REQUIRED: (f) => (f.deadline === null ? "交维报告按时提交,需要代表处评分 rating" : `交维报告在截止期 ${f.deadline} 前提交,需要代表处评分 rating`),
  SEATS_REQUIRED: () => "本政策按点数加权计算重大项目得分,需要项目点数 seats",
  COMPLETED_ABOVE_REQUIRED: (f) => `完成人数 ${f.completed} 超过应完成人数 ${f.required}`,
  ATTENDED_ABOVE_REQUIRED: (f) => `参加人数 ${f.attended} 超过应参加人数 ${f.required}`,
  SIMPLE_ABOVE_TOTAL: (f) => `简单问题来电 ${f.simpleCalls} 超过来电总数 ${f.totalCalls}`,
  ECR_FIELD_MISSING: (f) =>
    f.missing === "simpleCalls"
      ? "缺少简单问题来电数 simpleCalls(已给出来电总数 totalCalls)"
      : f.missing === "totalCalls"
        ? "缺少来电总数 totalCalls(已给出简单问题来电数 simpleCalls;如只知比例,请给出 rate)"
        : "ECR 缺少数据:请给出来电数(simpleCalls 与 totalCalls)或比例 rate",
  RATE_OR_COUNTS: () => "ECR 请只给出一种:来电数(simpleCalls 与 totalCalls)或比例 rate(可另给 simpleCalls)",
  DUPLICATE_ID: (f) => `编号 ${got(f.id)} 重复出现(首次在第 ${f.firstIndex} 项);每个编号只能出现一次`,
  DUPLICATE_SURVEY: (f) => `项目 ${got(f.projectId)} 的回访重复出现(首次在第 ${f.firstIndex} 项);每个项目只记最终结果一次`,
  MAJOR_EVENT_NEEDS_DATE: () => "重要关键事件需要日期 date(H3C 实时处理,自该日起生效)",
  MAJOR_EVENT_NOT_PENALTY: () => "只有扣分事件可以是重要关键事件(四.2.2 所列均为负面事件)",
  EVENT_OUTSIDE_QUARTER: (f) => `事件日期 ${f.date} 不在考核季度 ${f.quarter}(${f.start} 至 ${f.end})内;关键事件计入 H3C 处理它的季度`,
  ITEM_SCORE_ABOVE_MAX: (f) => `考核项“${f.item.zh}”得分 ${f.score} 超过满分 ${f.max}`,
  NOT_ITEM_SCORE: (f) => `考核项“${f.item.zh}”得分 ${f.score} 有误:本项得分应在 0 到 ${f.max} 之间`,
  TOO_MANY_ISSUES: (f) => `另有 ${f.more} 处问题未列出(只列出前 ${f.listed} 处)`,
};
