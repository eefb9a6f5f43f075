import type { Sentences } from "../bilingual.js";
import type { HeadroomFigures, HeadroomIssueFigures, HeadroomLabel, RepOfficeField, VerdictState } from "../headroom.js";
import { shown } from "../shown.js";

const FIELDS: Readonly<Record<RepOfficeField, string>> = {
  deliveryQualityDeduction: "项目交付质量扣分",
  unlicensedWorkCases: "无证上岗次数",
  vendorAssistPersonDays: "原厂求助人天",
  simpleIssueTickets: "简单问题单数",
  keyEventDeduction: "代表处关键事件扣分",
};

const LABELS: Readonly<Record<HeadroomLabel, string>> = {
  levers: "最近的变化(▼ 降分,▲ 升分)",
  noLevers: "无可调项:输入中没有该部分",
  keyEvents: "关键事件",
  toPass: "如何通过",
  noChange: "无变化",
  plan: "规划",
  ecrPlan: "ECR",
  onlinePlan: "线上必修课",
  offlinePlan: "线下培训",
  band: "区间",
  points: "得分",
  maxSimpleCalls: "简单问题最多",
  minCompleted: "最少完成人数",
  minAttended: "最少参加人数",
  unreachable: "无",
  whatIf: "假设分析",
  item: "考核项",
  before: "改动前",
  after: "改动后",
  difference: "差值",
  total: "总分",
  keyEventAdjustment: "关键事件加减分",
};

const VERDICTS: Readonly<Record<VerdictState, string>> = { keep: "保持星级", downgrade: "降级", blacklist: "加入黑名单" };
const PART = { online: "线上必修课", offline: "线下培训" } as const;
const DONE = { online: "完成", offline: "参加" } as const;
const PEOPLE = { online: "人", offline: "名核心工程师" } as const;

/** 余量分析的中文表述。 */
export const zhHeadroom: Sentences<HeadroomFigures> = {
  simpleCallsMore: ({ calls, to, score, scoreAfter, ecr, atMost }) =>
    `来电 ${calls} 个时,简单问题不超过 ${to - 1} 个保持 ${score} 分${to - 1 <= atMost ? `(季度内简单问题不超过 ${atMost} 个得满分)` : ""};达到 ${to} 个(ECR ${ecr})得 ${scoreAfter} 分`,
  simpleCallsFewer: ({ calls, from, to, scoreAfter, ecr, atMost }) =>
    `来电 ${calls} 个时,简单问题减少 ${from - to} 个(${to} 个,${to <= atMost ? `不超过 ${atMost} 个得满分` : `ECR ${ecr}`})得 ${scoreAfter} 分`,
  totalCallsMore: ({ simpleCalls, from, to, scoreAfter, ecr }) => `简单问题 ${simpleCalls} 个时,来电增加 ${to - from} 个(共 ${to} 个,ECR ${ecr})得 ${scoreAfter} 分`,
  totalCallsFewer: ({ simpleCalls, to, score, scoreAfter, ecr }) =>
    `简单问题 ${simpleCalls} 个时,来电至少 ${to + 1} 个保持 ${score} 分;降至 ${to} 个(${ecr === null ? "无来电" : `ECR ${ecr}`})得 ${scoreAfter} 分`,
  rate: ({ from, to, scoreAfter, higher }) => `ECR 由 ${from} ${higher ? "升至" : "降至"} ${to},得 ${scoreAfter} 分`,
  fewSimpleCalls: ({ rate, from, to, scoreAfter, atMost }) =>
    to > from ? `简单问题达到 ${to} 个(超过 ${atMost} 个),按 ECR ${rate} 得 ${scoreAfter} 分` : `简单问题减至 ${to} 个(不超过 ${atMost} 个),不论比例得满分 ${scoreAfter} 分`,
  doneMore: ({ part, required, from, to, share, scoreAfter }) =>
    `${PART[part]}再${DONE[part]} ${to - from} ${PEOPLE[part]},达到 ${share}(${to}/${required}):培训参与率 ${scoreAfter} 分`,
  doneFewer: ({ part, required, from, to, share, scoreAfter }) =>
    `${PART[part]}少${DONE[part]} ${from - to} ${PEOPLE[part]},为 ${share}(${to}/${required}):培训参与率 ${scoreAfter} 分`,
  requiredMore: ({ part, done, from, to, share, scoreAfter }) =>
    `${PART[part]}应${DONE[part]}人数增加 ${to - from},比例为 ${share}(${done}/${to}):培训参与率 ${scoreAfter} 分`,
  requiredFewer: ({ part, done, from, to, share, scoreAfter }) =>
    share === null
      ? `${PART[part]}无人应${DONE[part]}时该部分得满分(R9):培训参与率 ${scoreAfter} 分`
      : `${PART[part]}应${DONE[part]}人数减少 ${from - to},比例为 ${share}(${done}/${to}):培训参与率 ${scoreAfter} 分`,
  repOffice: ({ field, from, to, deduction, scoreAfter }) => `${FIELDS[field]} ${from} → ${to}(扣 ${deduction} 分):代表处评分 ${scoreAfter} 分`,
  rating: ({ project, from, to, scoreAfter }) => `项目 ${project} 代表处评分 ${from} → ${to}:H3C重大项目交付考核 ${scoreAfter} 分`,
  submittedLate: ({ project, deadline, to, scoreAfter }) => `项目 ${project} 交维报告若于 ${to} 提交(晚于截止期 ${deadline})记 0 分:H3C重大项目交付考核 ${scoreAfter} 分`,
  submittedOnTime: ({ project, deadline, from, to, rating, deadlineDayIsOnTime, scoreAfter }) =>
    `项目 ${project} 交维报告若于 ${to} 提交${from === null ? "" : `(原为 ${from})`}(截止期 ${deadline}${deadlineDayIsOnTime && to === deadline ? ",截止日当天提交视为按时,R5" : ""}),计入代表处评分 ${rating}:H3C重大项目交付考核 ${scoreAfter} 分`,
  outcome: ({ project, fromLabel, toLabel, scoreAfter }) => `项目 ${project} 回访结果若为“${toLabel}”(现为“${fromLabel}”):客户满意度 ${scoreAfter} 分`,
  after: ({ totalAfter, threshold, itemZero, wasItemZero, belowThreshold, wasBelowThreshold }) =>
    `总分 ${totalAfter}` +
    (belowThreshold ? (wasBelowThreshold ? `,仍低于 ${threshold} 分(四.1.b)` : `,低于 ${threshold} 分:降级(四.1.b)`) : wasBelowThreshold ? `,达到 ${threshold} 分(四.1.b)` : "") +
    (itemZero ? (wasItemZero ? ";该项仍为 0 分(四.1.a)" : ";该项得 0 分:降级(四.1.a)") : wasItemZero ? ";该项不再为 0 分(四.1.a)" : ""),
  margin: ({ total, threshold, margin }) => (margin === 0 ? `总分 ${total},恰为 ${threshold} 分,通过(四.1.b)` : margin > 0 ? `总分 ${total},高出 ${threshold} 分线 ${margin} 分(四.1.b)` : `总分 ${total},低于 ${threshold} 分线 ${-margin} 分(四.1.b)`),
  itemZeroReason: ({ item, changes }) =>
    `${item.zh}得 0 分(四.1.a):${changes === 0 ? "没有单项改动能使其高于 0 分" : `共 ${changes} 种单项改动可使其高于 0 分,按代价从小到大排列`}`,
  belowThresholdReason: ({ total, threshold, deficit, changes }) =>
    `总分 ${total} 低于 ${threshold} 分 ${deficit} 分(四.1.b):${changes === 0 ? `没有单项改动能使总分达到 ${threshold} 分` : `共 ${changes} 种单项改动可使总分达到 ${threshold} 分,按代价从小到大排列`}`,
  falsifiedReason: () => "客户信息造假(三.2.2):无论得分如何均取消星级服务资质一个季度,依七.1 H3C 亦可进一步处理;任何得分改动都无法消除",
  majorEventReason: ({ eventId, severity }) => `重要关键事件 ${eventId}(四.2.2,${severity === "blacklist" ? "加入黑名单" : "降级"}):由 H3C 处理;任何得分改动都无法消除`,
  toPassSummary: ({ scoreReasons, otherReasons, clearing }) =>
    scoreReasons + otherReasons === 0
      ? "未降级:无需改动"
      : `得分原因 ${scoreReasons} 项,得分无法消除的原因 ${otherReasons} 项;有 ${clearing} 种单项改动可完全解除降级`,
  whatIfVerdict: ({ before, after }) => (before === after ? `结论不变:${VERDICTS[after]}` : `结论:${VERDICTS[before]} → ${VERDICTS[after]}`),
  label: ({ name }) => LABELS[name],
  planVolume: ({ part, volume }) =>
    part === "ecr" ? `ECR(三.2.4),来电 ${volume} 个` : part === "online" ? `线上必修课(三.2.5),应完成 ${volume} 人` : `线下培训(三.2.5),应参加核心工程师 ${volume} 名`,
  repOfficeBudget: ({ max, budget, cases, personDays, points: deduction, tickets }) =>
    `代表处评分(三.2.3):${max} 分扣减合计不超过 ${budget} 分时高于 0 分(四.1.a);单项最多:` +
    [
      cases === null ? null : `无证上岗 ${cases} 次`,
      personDays === null ? null : `原厂求助 ${personDays} 人天`,
      deduction === null ? null : `代表处酌情扣分 ${deduction} 分`,
      tickets === null ? null : `简单问题单 ${tickets} 个`,
    ]
      .filter((part) => part !== null)
      .join(",") +
    (tickets === null ? ";简单问题单单项不会使其降至 0 分" : ""),
  keyEventsLine: ({ adjustment, majorEvents }) =>
    `关键事件(三.2.6):总分 ${adjustment > 0 ? `+${adjustment}` : adjustment}${majorEvents === "" ? "" : `;重要关键事件 ${majorEvents} 不论得分均导致降级(四.2.2)`}`,
  notOneQuarter: ({ path, found }) => `${path}:应为一个合作伙伴季度,${found === 0 ? "未找到" : `找到 ${found} 个`}`,
};

/** 余量分析各函数的输入问题(中文),并入 IssueCode 的句子表。 */
export const headroomIssueSentences: Sentences<HeadroomIssueFigures> = {
  NOT_POINTER: ({ value }) => `应为指向输入的 JSON Pointer(如 "/ecr/simpleCalls"),收到 ${shown(value)}`,
  POINTER_NOT_FOUND: ({ pointer }) => `${pointer} 在输入中不存在(对象不存在或数组下标越界)`,
  NOT_JSON_VALUE: ({ value }) => `改动需要一个 JSON 值(数字、文本、true / false、null、列表或对象),${value === undefined ? "未给出" : `收到 ${shown(value)}`}`,
  NOT_BAND_POINTS: ({ points, accepted }) => `${shown(points)} 不是任何分档的得分;可用:${accepted.join(", ")}`,
};
