import { deepFreeze } from "./deep-freeze.js";
import type { Policy, PolicyInput } from "./schema.js";

/**
 * 云桌面服务资质认证 star-partner policy, in force from 2024-04-01 (八: "本规定自2024年4月1日起生效").
 *
 * Every number the quarterly assessment (三) and its downgrade verdict (四.1) use, each with the clause
 * it comes from and, where the text is ambiguous, the reading applied (docs/interpretations.md).
 * Band edges are exact decimal strings; `inclusive` says on which side an edge lies.
 * `test/policy/cloud-desktop-2024.test.ts` validates this object against {@link PolicySchema}.
 */
const cloudDesktop2024 = {
  id: "cloud-desktop-2024",
  title: {
    zh: "H3C 云桌面服务资质认证 星级合作伙伴政策(2024)",
    en: "H3C Cloud Desktop service qualification, star-partner policy (2024)",
  },
  source: "cloud-desktop-star-policy-2024.zh.txt",
  // 八: "本规定自2024年4月1日起生效"
  effectiveFrom: { value: "2024-04-01", clause: "8.effective" },
  rounding: {
    decimals: { value: 2, clause: "3.1", reading: "R4" },
    mode: { value: "half-up", clause: "3.1", reading: "R4" },
  },
  majorProjects: {
    // 三.1: "H3C重大项目交付考核 | 30分"
    max: { value: 30, clause: "3.2.1" },
    // 三.2.1: "代表处根据实际反馈情况进行打分,满分30分"
    ratingMax: { value: 30, clause: "3.2.1" },
    scoreWithoutProjects: { value: 30, clause: "3.2.1", reading: "R1" },
    // 三.2.1: "需在季度要求的截止期之前提交"
    deadlineDayIsOnTime: { value: true, clause: "3.2.1", reading: "R5" },
    // 三.2.1: "有多项重大项目的服务合作伙伴按照比例进行分数计算"
    aggregation: { value: "mean", clause: "3.2.1", reading: "R7" },
    definition: {
      // 二.3.7: "WorkSpace、LearningSpace | 点数≥200"
      products: { value: ["WorkSpace", "LearningSpace"], clause: "2.major-project" },
      minSeats: { value: 200, clause: "2.major-project" },
    },
  },
  satisfaction: {
    max: { value: 25, clause: "3.2.2" },
    outcomes: {
      very_satisfied: { label: "非常满意", points: { value: 25, clause: "3.2.2" } },
      satisfied: { label: "满意", points: { value: 15, clause: "3.2.2" } },
      neutral: { label: "一般", points: { value: 10, clause: "3.2.2" } },
      dissatisfied: { label: "不满意", points: { value: 5, clause: "3.2.2" } },
      very_dissatisfied: { label: "非常不满意", points: { value: 0, clause: "3.2.2" } },
    },
    // "若三次回访不通,扣除渠道满意度2分/每项目"
    unreachable: { label: "回访不通", deduction: { value: 2, clause: "3.2.2" } },
    // "再回访不通,则扣除渠道满意度5分/每项目"
    unreachableAfterReminder: {
      label: "提醒后回访不通",
      deduction: { value: 5, clause: "3.2.2" },
      addsToUnreachable: { value: false, clause: "3.2.2", reading: "R2" },
    },
    baseWithoutCompletedSurvey: { value: 25, clause: "3.2.2", reading: "R3" },
    scoreWithoutSurveys: { value: 25, clause: "3.2.2", reading: "R3" },
  },
  repOffice: {
    max: { value: 10, clause: "3.2.3" },
    // "如果被确认为无证上岗,每次扣减0.5分"
    unlicensedWorkPerCase: { value: 0.5, clause: "3.2.3" },
    // "并进行相应扣分,每人天扣减0.5分"
    vendorAssistPerPersonDay: { value: 0.5, clause: "3.2.3" },
    simpleIssueTickets: {
      // "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分"
      tiers: {
        value: [
          { atLeast: 10, deduction: 3 },
          { atLeast: 5, deduction: 1 },
        ],
        clause: "3.2.3",
      },
      combine: { value: "highest", clause: "3.2.3", reading: "R6" },
    },
  },
  ecr: {
    max: { value: 15, clause: "3.2.4" },
    // "ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分"
    bands: {
      clause: "3.2.4",
      bands: [
        { from: { at: "0", inclusive: true }, to: { at: "0.08", inclusive: true }, points: 15 },
        { from: { at: "0.08", inclusive: false }, to: { at: "0.10", inclusive: true }, points: 12 },
        { from: { at: "0.10", inclusive: false }, to: { at: "0.12", inclusive: true }, points: 9 },
        { from: { at: "0.12", inclusive: false }, to: { at: "0.14", inclusive: true }, points: 6 },
        { from: { at: "0.14", inclusive: false }, to: { at: "0.16", inclusive: true }, points: 3 },
        { from: { at: "0.16", inclusive: false }, to: null, points: 0 },
      ],
    },
    // "季度内公司简单问题不超过5个,得满分"
    fullScoreAtMostSimpleCalls: { value: 5, clause: "3.2.4" },
    scoreWithoutCalls: { value: 15, clause: "3.2.4", reading: "R8" },
  },
  training: {
    // "培训参与率满分20分"
    max: { value: 20, clause: "3.2.5" },
    online: {
      max: { value: 10, clause: "3.2.5" },
      // "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0"
      bands: {
        clause: "3.2.5",
        bands: [
          { from: { at: "0", inclusive: true }, to: { at: "0.8", inclusive: false }, points: 0 },
          { from: { at: "0.8", inclusive: true }, to: { at: "1", inclusive: false }, points: 5 },
          { from: { at: "1", inclusive: true }, to: null, points: 10 },
        ],
      },
    },
    offline: {
      max: { value: 10, clause: "3.2.5" },
      // "线下 | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分"
      bands: {
        clause: "3.2.5",
        bands: [
          { from: { at: "0", inclusive: true }, to: { at: "0.6", inclusive: false }, points: 0 },
          { from: { at: "0.6", inclusive: true }, to: { at: "0.8", inclusive: false }, points: 3 },
          { from: { at: "0.8", inclusive: true }, to: { at: "1", inclusive: false }, points: 8 },
          { from: { at: "1", inclusive: true }, to: null, points: 10 },
        ],
      },
    },
  },
  verdict: {
    // 四.1.b: "若合作伙伴星级季度考核<70分,对渠道进行降级处理"; 一: "季度考核 | ≥70分"
    passThreshold: { value: 70, clause: "4.1.b" },
    // 四.1.a: "有任何一项为0,对渠道进行降级处理,降级周期为一个季度"
    itemZeroDowngradeQuarters: { value: 1, clause: "4.1.a" },
    // 四.1.b: "一个季度后,可重新提交认证申请"
    reapplyAfterQuarters: { value: 1, clause: "4.1.b" },
    // 三.2.2: "如H3C发现渠道反馈的客户信息造假,将直接取消星级服务资质一个季度"
    falsifiedCustomerInfoCancelQuarters: { value: 1, clause: "3.2.2" },
  },
} satisfies PolicyInput;

/** The 2024 Cloud Desktop star-partner policy, validated by the tests and deep-frozen. */
export const CLOUD_DESKTOP_2024: Policy = /* @__PURE__ */ deepFreeze(cloudDesktop2024);
