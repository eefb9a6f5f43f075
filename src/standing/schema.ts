import * as z from "../zod.js";
import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import { amount, calendarDate, count, listOf, note as noteField, oneOf, openFields, quarterId, signed, strictFields, text as textField, yesOrNo } from "../input/fields.js";
import { libraryIssue } from "../input/library-issues.js";
import { field, type FieldWords } from "../input/registry.js";
import { both } from "../messages/bilingual.js";
import { standingIssueSentences as en } from "../messages/en/standing.js";
import type { StandingIssueCode, StandingIssueFigures } from "../messages/standing.js";
import { standingIssueSentences as zh } from "../messages/zh/standing.js";
import { CLAUSE_IDS } from "../policy/clauses.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";

/**
 * The inputs of the standing between assessments (四.2, 五, 六, 七, 一) as zod schemas: a partner's record, an
 * application (一) and the progress of a certification (六). Unknown keys are errors, as for quarters,
 * except inside stored assessments, which take any object with `quarter` and `verdict` (an
 * `Assessment` fits, and a later verdict with more fields too).
 */

/** The issue codes of the standing inputs' own checks (beside zod's and NOT_CALENDAR_DATE / NOT_QUARTER). */
export const STANDING_ISSUE_CODES = [
  "LEFT_BEFORE_JOINED",
  "DECLARED_BEFORE_LEFT",
  "FOUND_BEFORE_LEFT",
  "NOT_LEFT",
  "REGISTERED_AFTER_VALID_THROUGH",
  "UNKNOWN_CERTIFICATE_TYPE",
  "DUPLICATE_ENGINEER_ID",
  "PROOF_BEFORE_PLEDGE",
  "LAST_QUARTER_TOTAL_REQUIRED",
  "STEP_BEFORE_PREVIOUS",
  "STEP_WITHOUT_PREVIOUS",
  "INTERVIEW_AFTER_PASS",
  "NOT_AS_OF_DATE",
] as const satisfies readonly StandingIssueCode[];

/** The roles of a partner's engineers (五): core engineers of 五.2 are the certified ones and any others named. */
export const ENGINEER_ROLES = ["technical-manager", "certified-engineer", "core-engineer"] as const;
/** One of {@link ENGINEER_ROLES}. */
export type EngineerRole = (typeof ENGINEER_ROLES)[number];

type Path = (string | number)[];
type Context = z.core.$RefinementCtx;

function report<Code extends StandingIssueCode>(ctx: Context, path: Path, code: Code, figures: StandingIssueFigures[Code]): void {
  const message = both(zh, en, code, figures);
  ctx.addIssue({ code: "custom", path, message: message.en, params: { code, message } });
}

type Words = readonly [zh: string, en: string, description?: readonly [zh: string, en: string]];
const words = ([zh, en, description]: Words): FieldWords => ({ label: { zh, en }, ...(description === undefined ? {} : { description: { zh: description[0], en: description[1] } }) });
const text = (key: string, max: number, named: Words) => textField(key, words(named), max);
const date = (key: string, named: Words) => calendarDate(key, words(named));
const optionalDate = (key: string, named: Words) => date(key, named).nullable().optional();
const named = <T extends z.ZodType>(schema: T, said: Words) => field(schema, words(said));
const list = <T extends z.ZodType>(element: T, max: number, said: Words) => named(listOf(element, max), said).optional();
const yesNo = (said: Words) => named(yesOrNo(), said);

const certificate = strictFields({
  type: text("type", 100, ["证书类型", "certificate type", ["H3CS-CDS", "H3CS-CDS"]]),
  version: text("version", 100, ["证书版本", "certificate version", ["有效期内的旧版证书依然适用(一 补充说明 1)", "an older version inside its validity still counts (一 补充说明 1)"]]).optional(),
  validThrough: date("validThrough", ["有效期至", "valid through", ["证书有效的最后一天", "the last day the certificate is valid"]]),
  registeredOn: optionalDate("registeredOn", ["登记日期", "registered on", ["证书登记到合作伙伴认证中的日期;null 或缺省:未登记", "the day it was entered in the partner's certification; null or absent: not registered"]]),
});

const pledge = strictFields({
  signedOn: date("signedOn", ["承诺函签署日期", "pledge signed on", ["四.2.1.c 承诺函的签署日期", "the day the 四.2.1.c promise letter was signed"]]),
  proofOn: optionalDate("proofOn", ["社保证明提交日期", "proof given on", ["提交 3 个月社保证明的日期;null:尚未提交", "the day 3 months of social-security proof were given; null: not yet"]]),
});

const engineerFields = {
  id: text("id", 200, ["工程师编号", "engineer id"]),
  name: text("name", 500, ["工程师姓名", "engineer name"]).optional(),
  roles: named(listOf(oneOf(ENGINEER_ROLES), 3), [
    "角色",
    "roles",
    ["technical-manager(技术经理)、certified-engineer(认证工程师)、core-engineer(其他核心工程师,五.2)", "technical-manager, certified-engineer, core-engineer (another core engineer, 五.2)"],
  ]),
  joinedOn: date("joinedOn", ["入职日期", "joined on"]),
  leftOn: optionalDate("leftOn", ["离职日期", "left on", ["离职后不在岗的第一天;null:在职", "the first day the engineer is gone; null: employed"]]),
  declaredOn: optionalDate("declaredOn", ["申报日期", "declared on", ["合作伙伴向 H3C 申报离职的日期", "the day the partner declared the departure to H3C"]]),
  foundOn: optionalDate("foundOn", ["发现日期", "found on", ["H3C 发现未申报离职的日期", "the day H3C found an undeclared departure"]]),
  certificates: list(certificate, 100, ["证书", "certificates", ["工程师持有的 H3CS-CDS 证书", "the engineer's H3CS-CDS certificates"]]),
  pledge: named(pledge, ["承诺函", "pledge", ["四.2.1.c 承诺函;null 或缺省:无", "the promise letter of 四.2.1.c; null or absent: none"]]).nullable().optional(),
};

const engineer = strictFields(engineerFields);

const storedReason = openFields({
    code: text("code", 100, ["原因代码", "reason code"]),
    clause: named(oneOf(CLAUSE_IDS), ["条款", "clause", ["原因所依据的政策条款编号", "the policy clause of the reason"]]),
    effectiveFrom: date("effectiveFrom", ["生效日期", "effective from"]),
    restoresOn: date("restoresOn", ["恢复日期", "restores on"]).optional(),
    reapplyFrom: date("reapplyFrom", ["可重新申请日期", "may reapply from"]).optional(),
    date: date("date", ["事件日期", "event date"]).optional(),
  })
  .superRefine((reason, ctx) => {
    // A stored major key event carries its date (四.2.2); a low total, the day a new application may be filed (四.1).
    const missing = (key: "date" | "reapplyFrom", label: Words) => ctx.addIssue(libraryIssue("invalid_type", { field: { key, label: words(label).label }, expected: "string", received: undefined }, [key]) as Parameters<Context["addIssue"]>[0]);
    if (reason.code === "MAJOR_KEY_EVENT" && reason.date === undefined) missing("date", ["事件日期", "event date"]);
    if (reason.code === "TOTAL_BELOW_THRESHOLD" && reason.reapplyFrom === undefined) missing("reapplyFrom", ["可重新申请日期", "may reapply from"]);
  });

/**
 * The fields of a stored verdict (四.1, 四.2.2; docs/interpretations.md) that the standing reads; others
 * (`message`, steps …) are allowed and ignored.
 */
export const StoredVerdictSchema = openFields({
  downgrade: yesNo(["降级", "downgrade", ["本季度是否降级(四.1)", "whether the quarter downgrades the partner (四.1)"]]),
  blacklist: yesNo(["列入黑名单", "blacklist", ["是否列入黑名单(四.2.2)", "whether the partner is blacklisted (四.2.2)"]]),
  reasons: named(listOf(storedReason, 100), ["原因", "reasons", ["结论的原因,各带条款与日期", "the verdict's reasons, each with its clause and dates"]]),
  effectiveFrom: date("effectiveFrom", ["生效日期", "effective from"]),
  restoresOn: date("restoresOn", ["恢复日期", "restores on"]).nullable(),
  reapplyFrom: date("reapplyFrom", ["可重新申请日期", "may reapply from"]).nullable(),
});

const storedAssessment = openFields({
  quarter: quarterId(words(["考核季度", "quarter"])),
  verdict: named(StoredVerdictSchema, ["考核结论", "verdict", ["该季度的降级结论(四.1)", "the quarter's downgrade verdict (四.1)"]]),
});

const sanction = strictFields({
  clause: named(oneOf(["7.1", "7.6"]), ["条款", "clause", ["七.1 提供虚假信息,或七.6 重大事故", "七.1 (false information) or 七.6 (a major accident)"]]),
  foundOn: date("foundOn", ["发现日期", "found on", ["H3C 发现七.1 虚假信息或七.6 重大事故的日期", "the day H3C found the 七.1 false information or the 七.6 major accident"]]),
  note: noteField("note", words(["说明", "note"]), 2000).optional(),
});

const recordFields = {
  partner: named(strictFields({ id: text("id", 200, ["合作伙伴编号", "partner id"]), name: text("name", 500, ["合作伙伴名称", "partner name"]).optional() }), ["合作伙伴", "partner"]),
  certifications: list(strictFields({ certifiedOn: date("certifiedOn", ["认证日期", "certified on", ["星级认证通过的日期", "the day the star certification was granted"]]) }), 100, [
    "认证记录",
    "certifications",
    ["合作伙伴各次通过星级认证的记录", "each time the partner was granted the star certification"],
  ]),
  engineers: list(engineer, 1000, ["工程师", "engineers", ["技术经理、认证工程师与核心工程师", "the technical manager, certified engineers and core engineers"]]),
  assessments: list(storedAssessment, 400, ["季度考核", "assessments", ["已存的季度考核结果(至少含 quarter 与 verdict)", "stored quarterly assessments (at least quarter and verdict)"]]),
  sanctions: list(sanction, 100, ["处罚", "sanctions", ["七.1、七.6 所列的处罚事实", "the sanctions of 七.1 and 七.6"]]),
};

interface EngineerLike {
  id: string;
  joinedOn: CalendarDate;
  leftOn?: CalendarDate | null | undefined;
  declaredOn?: CalendarDate | null | undefined;
  foundOn?: CalendarDate | null | undefined;
  certificates?: readonly { type: string; validThrough: CalendarDate; registeredOn?: CalendarDate | null | undefined }[] | undefined;
  pledge?: { signedOn: CalendarDate; proofOn?: CalendarDate | null | undefined } | null | undefined;
}

/** The checks of a list of engineers (docs/standing.md, "Record checks"), each problem at its path. */
function engineerIssues(engineers: readonly EngineerLike[] | undefined, policy: Policy, ctx: Context, prefix: Path): void {
  const firstIndex = new Map<string, number>();
  const type = policy.standing.certificates.type.value;
  (engineers ?? []).forEach((person, index) => {
    const at = (...path: Path) => [...prefix, index, ...path];
    const seen = firstIndex.get(person.id);
    if (seen === undefined) firstIndex.set(person.id, index);
    else report(ctx, at("id"), "DUPLICATE_ENGINEER_ID", { id: person.id, firstIndex: seen });
    const { leftOn, declaredOn, foundOn } = person;
    if (leftOn && leftOn < person.joinedOn) report(ctx, at("leftOn"), "LEFT_BEFORE_JOINED", { leftOn, joinedOn: person.joinedOn });
    for (const field of ["declaredOn", "foundOn"] as const) {
      const date = field === "declaredOn" ? declaredOn : foundOn;
      if (!date) continue;
      if (!leftOn) report(ctx, at(field), "NOT_LEFT", { field });
      else if (date < leftOn) report(ctx, at(field), field === "declaredOn" ? "DECLARED_BEFORE_LEFT" : "FOUND_BEFORE_LEFT", field === "declaredOn" ? { declaredOn: date, leftOn } : { foundOn: date, leftOn });
    }
    (person.certificates ?? []).forEach((held, certificateIndex) => {
      if (held.type !== type) report(ctx, at("certificates", certificateIndex, "type"), "UNKNOWN_CERTIFICATE_TYPE", { type: held.type, known: type });
      if (held.registeredOn && held.registeredOn > held.validThrough) {
        report(ctx, at("certificates", certificateIndex, "registeredOn"), "REGISTERED_AFTER_VALID_THROUGH", { registeredOn: held.registeredOn, validThrough: held.validThrough });
      }
    });
    const { pledge: letter } = person;
    if (letter?.proofOn && letter.proofOn < letter.signedOn) report(ctx, at("pledge", "proofOn"), "PROOF_BEFORE_PLEDGE", { proofOn: letter.proofOn, signedOn: letter.signedOn });
  });
}

const recordShape = strictFields(recordFields);

/**
 * A partner's record checked under a policy (its certificate type).
 *
 * @example createStandingRecordSchema(CLOUD_DESKTOP_2024).safeParse({ partner: { id: "P" } }).success; // true
 */
export function createStandingRecordSchema(policy: Policy = CLOUD_DESKTOP_2024) {
  return recordShape.superRefine((record, ctx) => engineerIssues(record.engineers, policy, ctx, ["engineers"]));
}

/** A partner's record: certifications, engineers, stored quarterly verdicts and sanctions (四.2, 五, 七). */
export const StandingRecordSchema = /* @__PURE__ */ createStandingRecordSchema();

/** A validated partner's record. */
export type StandingRecord = z.output<typeof recordShape>;
/** An engineer of a record. */
export type Engineer = z.output<typeof engineer>;
/** A stored verdict, as far as the standing reads it. */
export type StoredVerdict = z.output<typeof StoredVerdictSchema>;

const applicationShape = strictFields({
  appliedOn: date("appliedOn", ["申请日期", "applied on"]),
  kind: named(oneOf(["new", "renewal"]), ["申请类型", "kind", ["new(首次认证)或 renewal(续认证)", "new (first certification) or renewal"]]),
  engineers: named(
    listOf(
      strictFields({ ...engineerFields, socialSecurityMonths: count("socialSecurityMonths", words(["社保月数", "social-security months", ["申请日已缴纳社保的月数", "months of social security paid on appliedOn"]])) }),
      1000,
    ),
    ["工程师", "engineers", ["申请所列的工程师(一 售后认证工程师要求)", "the engineers the application names (一, engineers)"]],
  ),
  platform: named(
    strictFields({
      hotline7x24: yesNo(["7×24 售后服务热线", "7×24 hotline", ["一 服务支持平台要求:售后服务热线 7×24", "一 service platform: a 7×24 after-sales hotline"]]),
      issueTracking: yesNo(["客户问题跟踪系统及处理流程", "issue tracking", ["一 服务支持平台要求:客户问题跟踪系统及处理流程", "一 service platform: a customer-issue tracking system and process"]]),
      technicalManager: yesNo(["技术经理", "technical manager", ["一 服务支持平台要求:技术经理", "一 service platform: a technical manager"]]),
      projectCase: named(
        strictFields({
          amount: amount("amount", words(["项目金额", "project amount", ["人民币元", "RMB"]])),
          hasCase: yesNo(["有实施案例", "has a case", ["是否有该项目的实施案例", "whether there is an implementation case of the project"]]),
        }),
        ["工程项目", "project case", ["一 基本工程项目管理经验(50万以上)及实施案例", "一 project-management experience (over 500,000) and an implementation case"]],
      ),
    }),
    ["服务支持平台", "service platform", ["一 服务支持平台要求的各检查项", "the checks of 一's service-platform requirements"]],
  ),
  lastQuarterTotal: signed(
    words([
      "上季度考核总分",
      "last quarter's total",
      ["续认证时必填:最近一个季度的考核总分(一 业务指标要求 ≥ 70 分)", "required for a renewal: the latest quarter's total (一 business requirement ≥ 70)"],
    ]),
  ).optional(),
  record: named(recordShape, ["合作伙伴档案", "record", ["可选:用于检查七.1、七.6 处罚期", "optional: to check the sanction periods of 七.1 and 七.6"]]).optional(),
});

/**
 * An application for the certification (一, 六, 七) checked under a policy.
 *
 * @example createApplicationSchema().safeParse({ appliedOn: "2024-09-30" }).success; // false: kind, engineers and platform are missing
 */
export function createApplicationSchema(policy: Policy = CLOUD_DESKTOP_2024) {
  return applicationShape.superRefine((application, ctx) => {
    engineerIssues(application.engineers, policy, ctx, ["engineers"]);
    if (application.record) engineerIssues(application.record.engineers, policy, ctx, ["record", "engineers"]);
    if (application.kind === "renewal" && application.lastQuarterTotal === undefined) report(ctx, ["lastQuarterTotal"], "LAST_QUARTER_TOTAL_REQUIRED", {});
  });
}

/** An application for the certification (一, 六, 七). */
export const ApplicationSchema = /* @__PURE__ */ createApplicationSchema();
/** A validated application. */
export type Application = z.output<typeof applicationShape>;

const progressShape = strictFields({
  appliedOn: date("appliedOn", ["申请日期", "applied on"]),
  reviewedOn: optionalDate("reviewedOn", ["初审答复日期", "reviewed on", ["总部初审答复日期(六.2)", "HQ review answered (六.2)"]]),
  interviews: list(strictFields({ on: date("on", ["面试日期", "interview on"]), passed: yesNo(["通过", "passed", ["该次面试是否通过", "whether the interview was passed"]]) }), 20, [
    "总部面试",
    "interviews",
    ["总部面试(六.3),可多次", "HQ interviews (六.3), one or more"],
  ]),
  onSiteOn: optionalDate("onSiteOn", ["现场认证日期", "on-site on", ["代表处现场认证日期(六.4)", "on-site certification (六.4)"]]),
  finalOn: optionalDate("finalOn", ["终审日期", "final on", ["总部终审意见日期(六.5)", "HQ final opinion (六.5)"]]),
});

/** The progress of a certification (六) checked: dates in the order of the steps. */
export const CertificationProgressSchema = progressShape.superRefine((progress, ctx) => {
  const interviews = [...(progress.interviews ?? [])].map((interview, index) => ({ ...interview, index })).sort((a, b) => compareDates(a.on, b.on) || a.index - b.index);
  const passed = interviews.find((interview) => interview.passed);
  const steps: { field: string; path: Path; date: CalendarDate | null | undefined }[] = [
    { field: "appliedOn", path: ["appliedOn"], date: progress.appliedOn },
    { field: "reviewedOn", path: ["reviewedOn"], date: progress.reviewedOn },
    { field: "interviews (passed)", path: ["interviews", passed?.index ?? 0, "on"], date: passed?.on },
    { field: "onSiteOn", path: ["onSiteOn"], date: progress.onSiteOn },
    { field: "finalOn", path: ["finalOn"], date: progress.finalOn },
  ];
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (!step.date || !previous) return;
    if (!previous.date) report(ctx, step.path, "STEP_WITHOUT_PREVIOUS", { field: step.field, previous: previous.field });
    else if (step.date < previous.date) report(ctx, step.path, "STEP_BEFORE_PREVIOUS", { field: step.field, date: step.date, previous: previous.field, previousDate: previous.date });
  });
  for (const interview of interviews) {
    if (passed && interview.on > passed.on) report(ctx, ["interviews", interview.index, "on"], "INTERVIEW_AFTER_PASS", { date: interview.on, passedOn: passed.on });
    else if (progress.reviewedOn && interview.on < progress.reviewedOn && interview !== passed) {
      report(ctx, ["interviews", interview.index, "on"], "STEP_BEFORE_PREVIOUS", { field: "interviews", date: interview.on, previous: "reviewedOn", previousDate: progress.reviewedOn });
    }
  }
});

/** A validated certification progress. */
export type CertificationProgress = z.output<typeof progressShape>;
