import { describe, expect, it } from "vitest";
import { enHeadroom, headroomIssueSentences as enIssues } from "../../src/messages/en/headroom.js";
import type { HeadroomFigures, HeadroomIssueFigures } from "../../src/messages/headroom.js";
import { zhHeadroom, headroomIssueSentences as zhIssues } from "../../src/messages/zh/headroom.js";

// Every headroom sentence in both languages, each branch with the figures it takes: the English says
// it in English (Chinese labels only in parentheses), the Chinese wholly in Chinese apart from codes,
// numbers and the policy's own abbreviations; and each sentence says its figures.

type Case = { [K in keyof HeadroomFigures]: [K, HeadroomFigures[K], string, string] }[keyof HeadroomFigures];
type IssueCase = { [K in keyof HeadroomIssueFigures]: [K, HeadroomIssueFigures[K], string, string] }[keyof HeadroomIssueFigures];

const scores = { score: 15, scoreAfter: 12 };
const CASES: Case[] = [
  ["simpleCallsMore", { calls: 120, from: 9, to: 10, ecr: "8.33%", atMost: 5, ...scores }, "at 120 calls, at most 9 simple calls keep 15 points; 10 (ECR 8.33%) score 12", "来电 120 个时,简单问题不超过 9 个保持 15 分;达到 10 个(ECR 8.33%)得 12 分"],
  ["simpleCallsMore", { calls: 40, from: 3, to: 6, ecr: "15%", atMost: 5, score: 15, scoreAfter: 3 }, "(at most 5 simple calls score in full)", "(季度内简单问题不超过 5 个得满分)"],
  ["simpleCallsFewer", { calls: 40, from: 8, to: 5, ecr: "12.5%", atMost: 5, score: 0, scoreAfter: 15 }, "at 40 calls, 3 fewer simple calls (5, at most 5 score in full) score 15", "来电 40 个时,简单问题减少 3 个(5 个,不超过 5 个得满分)得 15 分"],
  ["simpleCallsFewer", { calls: 100, from: 18, to: 16, ecr: "16%", atMost: 5, score: 0, scoreAfter: 3 }, "(16, ECR 16%) score 3", "(16 个,ECR 16%)得 3 分"],
  ["totalCallsMore", { simpleCalls: 18, from: 100, to: 113, ecr: "15.93%", score: 0, scoreAfter: 3 }, "with 18 simple calls, 13 more calls (113, ECR 15.93%) score 3", "简单问题 18 个时,来电增加 13 个(共 113 个,ECR 15.93%)得 3 分"],
  ["totalCallsFewer", { simpleCalls: 9, from: 120, to: 112, ecr: "8.04%", ...scores }, "with 9 simple calls, at least 113 calls keep 15 points; 112 calls (ECR 8.04%) score 12", "简单问题 9 个时,来电至少 113 个保持 15 分;降至 112 个(ECR 8.04%)得 12 分"],
  ["totalCallsFewer", { simpleCalls: 0, from: 40, to: 0, ecr: null, score: 15, scoreAfter: 10 }, "0 calls (no calls at all) score 10", "降至 0 个(无来电)得 10 分"],
  ["rate", { from: "9.5%", to: "10.01%", higher: true, score: 12, scoreAfter: 9 }, "ECR rising from 9.5% to 10.01% scores 9", "ECR 由 9.5% 升至 10.01%,得 9 分"],
  ["rate", { from: "9.5%", to: "8%", higher: false, score: 12, scoreAfter: 15 }, "ECR falling from 9.5% to 8% scores 15", "ECR 由 9.5% 降至 8%,得 15 分"],
  ["fewSimpleCalls", { rate: "20%", from: 4, to: 6, atMost: 5, score: 15, scoreAfter: 0 }, "6 simple calls (more than 5) leave the score to the rate 20%: 0", "简单问题达到 6 个(超过 5 个),按 ECR 20% 得 0 分"],
  ["fewSimpleCalls", { rate: "13%", from: 9, to: 5, atMost: 5, score: 6, scoreAfter: 15 }, "5 simple calls (at most 5) score in full whatever the rate: 15", "简单问题减至 5 个(不超过 5 个),不论比例得满分 15 分"],
  ["doneMore", { part: "online", required: 8, from: 6, to: 8, share: "100%", score: 10, scoreAfter: 20 }, "2 more online completions reach 100% (8 of 8): training 20", "线上必修课再完成 2 人,达到 100%(8/8):培训参与率 20 分"],
  ["doneFewer", { part: "offline", required: 5, from: 4, to: 3, share: "60%", score: 13, scoreAfter: 8 }, "1 fewer offline attendance leaves 60% (3 of 5): training 8", "线下培训少参加 1 名核心工程师,为 60%(3/5):培训参与率 8 分"],
  ["doneFewer", { part: "online", required: 10, from: 10, to: 7, share: "70%", score: 20, scoreAfter: 10 }, "3 fewer online completions leave 70%", "线上必修课少完成 3 人,为 70%(7/10)"],
  ["requiredMore", { part: "offline", done: 4, from: 5, to: 7, share: "57.14%", score: 18, scoreAfter: 10 }, "2 more core engineers required offline make it 57.14% (4 of 7): training 10", "线下培训应参加人数增加 2,比例为 57.14%(4/7):培训参与率 10 分"],
  ["requiredFewer", { part: "online", done: 4, from: 5, to: 4, share: "100%", score: 13, scoreAfter: 18 }, "1 fewer learner required online makes it 100% (4 of 4): training 18", "线上必修课应完成人数减少 1,比例为 100%(4/4):培训参与率 18 分"],
  ["requiredFewer", { part: "offline", done: 0, from: 2, to: 0, share: null, score: 10, scoreAfter: 20 }, "with nobody required, the offline part scores in full (R9): training 20", "线下培训无人应参加时该部分得满分(R9):培训参与率 20 分"],
  ["repOffice", { field: "unlicensedWorkCases", from: 1, to: 2, deduction: 1, score: 7.5, scoreAfter: 7 }, "unlicensed-work cases (无证上岗) 1 → 2 (deducts 1 point): rep-office rating 7", "无证上岗次数 1 → 2(扣 1 分):代表处评分 7 分"],
  ["repOffice", { field: "vendorAssistPersonDays", from: 0, to: 0.5, deduction: 0.25, score: 10, scoreAfter: 9.75 }, "(deducts 0.25 points)", "原厂求助人天 0 → 0.5(扣 0.25 分)"],
  ["rating", { project: "MP-1", from: 29, to: 28.5, score: 14.25, scoreAfter: 14.13 }, "the rep office's rating of MP-1 29 → 28.5: major-project delivery 14.13", "项目 MP-1 代表处评分 29 → 28.5:H3C重大项目交付考核 14.13 分"],
  ["submittedLate", { project: "MP-1", deadline: "2024-09-20", to: "2024-09-21", score: 28, scoreAfter: 0 }, "MP-1's handover report submitted on 2024-09-21, after the deadline 2024-09-20, scores 0", "项目 MP-1 交维报告若于 2024-09-21 提交(晚于截止期 2024-09-20)记 0 分"],
  ["submittedOnTime", { project: "MP-1", deadline: "2024-09-20", from: null, to: "2024-09-19", rating: 28, deadlineDayIsOnTime: false, score: 0, scoreAfter: 28 }, "MP-1's handover report submitted on 2024-09-19 (deadline 2024-09-20) counts its rating 28", "项目 MP-1 交维报告若于 2024-09-19 提交(截止期 2024-09-20),计入代表处评分 28"],
  ["outcome", { project: "MP-1", from: "unreachable", to: "unreachable_after_reminder", fromLabel: "回访不通", toLabel: "提醒后回访不通", score: 23, scoreAfter: 20 }, "MP-1 surveyed unreachable after the reminder (提醒后回访不通) instead of unreachable (回访不通): customer satisfaction 20", "项目 MP-1 回访结果若为“提醒后回访不通”(现为“回访不通”):客户满意度 20 分"],
  ["after", { totalAfter: 72, threshold: 70, itemZero: false, wasItemZero: false, belowThreshold: false, wasBelowThreshold: true }, "total 72, reaching 70 (4.1.b)", "总分 72,达到 70 分(四.1.b)"],
  ["after", { totalAfter: 12, threshold: 70, itemZero: true, wasItemZero: true, belowThreshold: true, wasBelowThreshold: true }, "total 12, still below 70 (4.1.b); the item stays at 0 (4.1.a)", "总分 12,仍低于 70 分(四.1.b);该项仍为 0 分(四.1.a)"],
  ["after", { totalAfter: 85, threshold: 70, itemZero: true, wasItemZero: false, belowThreshold: false, wasBelowThreshold: false }, "total 85; the item at 0: downgrade (4.1.a)", "总分 85;该项得 0 分:降级(四.1.a)"],
  ["margin", { total: 69.99, threshold: 70, margin: -0.01 }, "total 69.99: 0.01 below the 70 needed (4.1.b)", "总分 69.99,低于 70 分线 0.01 分(四.1.b)"],
  ["itemZeroReason", { item: { zh: "培训参与率", en: "training participation" }, changes: 0 }, "training participation scored 0 (4.1.a): no single change lifts it above 0", "培训参与率得 0 分(四.1.a):没有单项改动能使其高于 0 分"],
  ["itemZeroReason", { item: { zh: "ECR(简单问题占比)", en: "ECR (simple-question ratio)" }, changes: 1 }, "1 single change lift it above 0, cheapest first", "共 1 种单项改动可使其高于 0 分"],
  ["belowThresholdReason", { total: 62, threshold: 70, deficit: 8, changes: 1 }, "total 62 is 8 below 70 (4.1.b): 1 single change lift it to 70, cheapest first", "总分 62 低于 70 分 8 分(四.1.b):共 1 种单项改动可使总分达到 70 分"],
  ["belowThresholdReason", { total: 11.5, threshold: 70, deficit: 58.5, changes: 0 }, "no single change lifts it to 70", "没有单项改动能使总分达到 70 分"],
  ["majorEventReason", { eventId: "KE-1", severity: "blacklist" }, "major key event KE-1 (4.2.2, blacklist)", "重要关键事件 KE-1(四.2.2,加入黑名单)"],
  ["toPassSummary", { scoreReasons: 2, otherReasons: 0, clearing: 1 }, "2 reasons on scores, 0 that no score removes; 1 single change clear the downgrade entirely", "得分原因 2 项,得分无法消除的原因 0 项;有 1 种单项改动可完全解除降级"],
  ["whatIfVerdict", { before: "keep", after: "blacklist" }, "verdict: star kept → blacklist", "结论:保持星级 → 加入黑名单"],
  ["planVolume", { part: "offline", volume: 5 }, "offline training (3.2.5), 5 core engineers required", "线下培训(三.2.5),应参加核心工程师 5 名"],
  ["repOfficeBudget", { max: 10, budget: 9.99, cases: null, personDays: null, points: null, tickets: 6 }, "keeps it above 0 (4.1.a); alone, at most 6 simple-question tickets", "单项最多:简单问题单 6 个"],
  ["keyEventsLine", { adjustment: -4, majorEvents: "KE-2503-41" }, "key events (3.2.6): -4 in the total; major key events KE-2503-41 downgrade whatever the scores (4.2.2)", "关键事件(三.2.6):总分 -4;重要关键事件 KE-2503-41 不论得分均导致降级(四.2.2)"],
  ["keyEventsLine", { adjustment: 0, majorEvents: "" }, "key events (3.2.6): 0 in the total", "关键事件(三.2.6):总分 0"],
  ["notOneQuarter", { path: "-", found: 16 }, "-: expected one partner-quarter, found 16", "-:应为一个合作伙伴季度,找到 16 个"],
  ["notOneQuarter", { path: "-", found: 0 }, "found none", "未找到"],
  ["label", { name: "minAttended" }, "fewest attendances", "最少参加人数"],
];

// The headroom functions' input problems, part of the IssueCode sentences.
const ISSUE_CASES: IssueCase[] = [
  ["NOT_POINTER", { value: 7 }, 'expected a JSON Pointer into the input such as "/ecr/simpleCalls", received 7', "应为指向输入的 JSON Pointer(如 \"/ecr/simpleCalls\"),收到 7"],
  ["POINTER_NOT_FOUND", { pointer: "/x/y" }, "/x/y does not lead into the input", "/x/y 在输入中不存在"],
  ["NOT_JSON_VALUE", { value: undefined }, "a change needs a JSON value to set (a number, text, true / false, null, a list or an object), none given", "改动需要一个 JSON 值(数字、文本、true / false、null、列表或对象),未给出"],
  ["NOT_JSON_VALUE", { value: "x" }, 'received "x"', '收到 "x"'],
  ["NOT_BAND_POINTS", { points: 13, accepted: [15, 12, 9, 6, 3, 0] }, "13 is not the points of a band; one of 15, 12, 9, 6, 3, 0", "13 不是任何分档的得分;可用:15, 12, 9, 6, 3, 0"],
];

describe("the headroom sentences", () => {
  it.each(CASES)("%s: says its figures in English and in Chinese", (key, figures, en, zh) => {
    expect((enHeadroom[key] as (f: typeof figures) => string)(figures)).toContain(en);
    expect((zhHeadroom[key] as (f: typeof figures) => string)(figures)).toContain(zh);
  });

  it.each(ISSUE_CASES)("%s: the input problem says its figures in English and in Chinese", (key, figures, en, zh) => {
    expect((enIssues[key] as (f: typeof figures) => string)(figures)).toContain(en);
    expect((zhIssues[key] as (f: typeof figures) => string)(figures)).toContain(zh);
  });

  it("Chinese sentences hold no English words apart from codes, the policy's abbreviations and JSON", () => {
    const sentences = [
      ...CASES.map(([key, figures]) => [key, (zhHeadroom[key] as (f: typeof figures) => string)(figures)] as const),
      ...ISSUE_CASES.map(([key, figures]) => [key, (zhIssues[key] as (f: typeof figures) => string)(figures)] as const),
    ];
    for (const [key, zh] of sentences) {
      const words = zh.replace(/"[^"]*"/g, "").match(/[A-Za-z]{2,}/g) ?? [];
      expect(words.filter((word) => !["ECR", "MP", "KE", "JSON", "Pointer", "true", "false", "null"].includes(word)), `${key}: ${zh}`).toEqual([]);
    }
  });

  it("every key has a sentence in both languages", () => {
    expect(Object.keys(zhHeadroom).sort()).toEqual(Object.keys(enHeadroom).sort());
    expect(Object.keys(zhIssues).sort()).toEqual(Object.keys(enIssues).sort());
  });
});
