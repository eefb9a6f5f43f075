import { deepFreeze } from "./deep-freeze.js";
import type { Policy, PolicyInput } from "./schema.js";

/**
 * 云桌面服务资质认证 star-partner policy, in force from 2024-04-01 (八: "本规定自2024年4月1日起生效").
 *
 * Every number the quarterly assessment (三) and its downgrade verdict (四.1) use, and those of the
 * standing between assessments (一, 四.2, 五, 六, 七: `standing`), each with the clause
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
  source: "H3C 云桌面服务资质认证 星级合作伙伴政策(八: 本规定自2024年4月1日起生效)",
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
  standing: {
    certificates: {
      // 一: "H3CS-CDS(H3C Certified Specialist for Cloud Desktop Solution,H3C认证云桌面解决方案专家) | 2人"
      type: { value: "H3CS-CDS", clause: "1.certified-engineers" },
      // 一: "最低人员数量 | 2人"
      minimumEngineers: { value: 2, clause: "1.certified-engineers" },
      // 一 补充说明 1: "自提交申请之日起,有效期必须大于一个月"
      validAfterApplicationMonths: { value: 1, clause: "1.cert-validity" },
      // 四.2: "工程师证书过期前4个月,H3C会每月对渠道进行多次邮件提醒"
      reminderMonths: { value: 4, clause: "4.2.a" },
      // 四.2.a: "H3C渠道工程师证书(H3CS-CDS证书)过期后未补充新证书的渠道,系统会对渠道进行自动降级处理";
      // 七.4: "如未及时替换,证书过期后星级资质将会被降级"
      expiryDowngrades: { value: "belowMinimum", clause: "4.2.a", reading: "S1" },
    },
    departures: {
      // 一: "技术经理 | √"
      minimumTechnicalManagers: { value: 1, clause: "1.platform" },
      // 五.1: "如有认证工程师人员变动,须在员工离职后的3个工作日内主动将此情况上报H3C"
      declareWithinWorkingDays: { value: 3, clause: "5.tech-manager" },
      // 四.2.1.a: "H3C给予2个月缓冲期,2个月内补充到位 … 2个月后如果未补充到位,则进行降级";
      // 五.1: "并在2个月内协调同级别工程师填补空缺"
      graceMonths: { value: 2, clause: "4.2.1.a" },
      // 四.2.1: "如果出现核心人员离职,则启动渠道星级降级程序"
      needsFilling: { value: "belowMinimum", clause: "4.2.1.a", reading: "S2" },
      // 四.2.1.c: "需提供承诺函:承诺三个月后,提供新入职人员的3个月社保证明,否则降级且补下服务费"
      pledgeMonths: { value: 3, clause: "4.2.1.c" },
    },
    qualification: {
      // 七.3: "服务资质证书有效期为一年"
      validYears: { value: 1, clause: "7.3" },
      // 七.3: "证书过期前四个月,H3C公司会向合作伙伴发送过期提醒邮件"
      reminderMonths: { value: 4, clause: "7.3" },
    },
    sanctions: {
      // 七.1: "如在认证流程中或星级有效期内发现任何虚假信息 … 且一年内不再受理星级认证申请"
      falseInformationBanYears: { value: 1, clause: "7.1" },
      // 七.6: "导致客户重大事故,将取消星级服务资质,一年内不受理服务星级认证申请"
      majorAccidentBanYears: { value: 1, clause: "7.6" },
      // 七.5: "合作伙伴在前一个认证年度内如出现重大服务关键事件,则H3C有权延迟或禁止其服务认证流程"
      majorEventLookbackYears: { value: 1, clause: "7.5" },
    },
    application: {
      // 六.2: "H3C总部审核合作伙伴提交的认证材料(工程师的社保至少交满3个月)"
      socialSecurityMonths: { value: 3, clause: "6.process" },
      // 一: "基本工程项目管理经验(50万以上)及实施案例 | √"
      projectCaseMinimumAmount: { value: 500_000, clause: "1.platform" },
      // 一 业务指标要求: "季度考核 | ≥70分"; "季度考核用于云桌面续认证的合作伙伴"
      lastQuarterTotalAtLeast: { value: 70, clause: "1.kpi" },
    },
    process: {
      // 六.2: "3个工作日内邮件答复审核结果"
      reviewWorkingDays: { value: 3, clause: "6.process" },
      // 六.3: "H3C技术专家将在5个工作日内对星级合作伙伴的技术能力进行评估并输出评估结果"
      interviewWorkingDays: { value: 5, clause: "6.process" },
      // 六.4: "H3C代表处服务渠道经理/服务专员会在5个工作日内与星级合作伙伴沟通现场认证事宜"
      onSiteWorkingDays: { value: 5, clause: "6.process" },
      // 六.5: "H3C总部评估后,于2个工作日内给出最终认证意见"
      finalWorkingDays: { value: 2, clause: "6.process" },
      // 六.3: "若一面未通过,二面需要等两个月后"
      retryAfterFirstFailureMonths: { value: 2, clause: "6.process" },
      // 六.3: "二面仍未通过,则一年后才可以再次参加面试"
      retryAfterSecondFailureYears: { value: 1, clause: "6.process" },
    },
  },
} satisfies PolicyInput;

/** The 2024 Cloud Desktop star-partner policy, validated by the tests and deep-frozen. */
export const CLOUD_DESKTOP_2024: Policy = /* @__PURE__ */ deepFreeze(cloudDesktop2024);
