import * as z from "../zod.js";
import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import { amount, calendarDate, count, type FieldWords, note as noteField, quarterId, text as textField } from "../input/fields.js";
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
const list = <T extends z.ZodType>(element: T, max: number) => z.array(element).max(max).optional();

const certificate = z.strictObject({
  type: text("type", 100, ["证书类型", "certificate type", ["H3CS-CDS", "H3CS-CDS"]]),
  version: text("version", 100, ["证书版本", "certificate version", ["有效期内的旧版证书依然适用(一 补充说明 1)", "an older version inside its validity still counts (一 补充说明 1)"]]).optional(),
  validThrough: date("validThrough", ["有效期至", "valid through", ["证书有效的最后一天", "the last day the certificate is valid"]]),
  registeredOn: optionalDate("registeredOn", ["登记日期", "registered on", ["证书登记到合作伙伴认证中的日期;null 或缺省:未登记", "the day it was entered in the partner's certification; null or absent: not registered"]]),
});

const pledge = z.strictObject({
  signedOn: date("signedOn", ["承诺函签署日期", "pledge signed on", ["四.2.1.c 承诺函的签署日期", "the day the 四.2.1.c promise letter was signed"]]),
  proofOn: optionalDate("proofOn", ["社保证明提交日期", "proof given on", ["提交 3 个月社保证明的日期;null:尚未提交", "the day 3 months of social-security proof were given; null: not yet"]]),
});

const engineerFields = {
  id: text("id", 200, ["工程师编号", "engineer id"]),
  name: text("name", 500, ["工程师姓名", "engineer name"]).optional(),
  roles: z.array(z.enum(ENGINEER_ROLES)).max(3),
  joinedOn: date("joinedOn", ["入职日期", "joined on"]),
  leftOn: optionalDate("leftOn", ["离职日期", "left on", ["离职后不在岗的第一天;null:在职", "the first day the engineer is gone; null: employed"]]),
  declaredOn: optionalDate("declaredOn", ["申报日期", "declared on", ["合作伙伴向 H3C 申报离职的日期", "the day the partner declared the departure to H3C"]]),
  foundOn: optionalDate("foundOn", ["发现日期", "found on", ["H3C 发现未申报离职的日期", "the day H3C found an undeclared departure"]]),
  certificates: list(certificate, 100),
  pledge: pledge.nullable().optional(),
};

const engineer = z.strictObject(engineerFields);

const storedReason = z
  .looseObject({
    code: text("code", 100, ["原因代码", "reason code"]),
    clause: z.enum(CLAUSE_IDS),
    effectiveFrom: date("effectiveFrom", ["生效日期", "effective from"]),
    restoresOn: date("restoresOn", ["恢复日期", "restores on"]).optional(),
    reapplyFrom: date("reapplyFrom", ["可重新申请日期", "may reapply from"]).optional(),
    date: date("date", ["事件日期", "event date"]).optional(),
  })
  .superRefine((reason, ctx) => {
    // §4: a major key event carries its date; a low total, the day a new application may be filed.
    if (reason.code === "MAJOR_KEY_EVENT" && reason.date === undefined) ctx.addIssue({ code: "invalid_type", expected: "string", path: ["date"], message: "a MAJOR_KEY_EVENT reason carries its date" });
    if (reason.code === "TOTAL_BELOW_THRESHOLD" && reason.reapplyFrom === undefined) {
      ctx.addIssue({ code: "invalid_type", expected: "string", path: ["reapplyFrom"], message: "a TOTAL_BELOW_THRESHOLD reason carries reapplyFrom" });
    }
  });

/** The fields of a stored verdict (§4) that the standing reads; others (`message`, steps …) are allowed and ignored. */
export const StoredVerdictSchema = z.looseObject({
  downgrade: z.boolean(),
  blacklist: z.boolean(),
  reasons: z.array(storedReason).max(100),
  effectiveFrom: date("effectiveFrom", ["生效日期", "effective from"]),
  restoresOn: date("restoresOn", ["恢复日期", "restores on"]).nullable(),
  reapplyFrom: date("reapplyFrom", ["可重新申请日期", "may reapply from"]).nullable(),
});

const storedAssessment = z.looseObject({
  quarter: quarterId(words(["考核季度", "quarter"])),
  verdict: StoredVerdictSchema,
});

const sanction = z.strictObject({
  clause: z.enum(["7.1", "7.6"]),
  foundOn: date("foundOn", ["发现日期", "found on", ["H3C 发现七.1 虚假信息或七.6 重大事故的日期", "the day H3C found the 七.1 false information or the 七.6 major accident"]]),
  note: noteField("note", words(["说明", "note"]), 2000).optional(),
});

const recordFields = {
  partner: z.strictObject({ id: text("id", 200, ["合作伙伴编号", "partner id"]), name: text("name", 500, ["合作伙伴名称", "partner name"]).optional() }),
  certifications: list(z.strictObject({ certifiedOn: date("certifiedOn", ["认证日期", "certified on", ["星级认证通过的日期", "the day the star certification was granted"]]) }), 100),
  engineers: list(engineer, 1000),
  assessments: list(storedAssessment, 400),
  sanctions: list(sanction, 100),
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

const recordShape = z.strictObject(recordFields);

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

const applicationShape = z.strictObject({
  appliedOn: date("appliedOn", ["申请日期", "applied on"]),
  kind: z.enum(["new", "renewal"]),
  engineers: z.array(
    z.strictObject({ ...engineerFields, socialSecurityMonths: count("socialSecurityMonths", words(["社保月数", "social-security months", ["申请日已缴纳社保的月数", "months of social security paid on appliedOn"]])) }),
  ).max(1000),
  platform: z.strictObject({
    hotline7x24: z.boolean(),
    issueTracking: z.boolean(),
    technicalManager: z.boolean(),
    projectCase: z.strictObject({ amount: amount("amount", words(["项目金额", "project amount", ["人民币元", "RMB"]])), hasCase: z.boolean() }),
  }),
  lastQuarterTotal: z.number().min(-1e9).max(1e9).optional(),
  record: recordShape.optional(),
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

const progressShape = z.strictObject({
  appliedOn: date("appliedOn", ["申请日期", "applied on"]),
  reviewedOn: optionalDate("reviewedOn", ["初审答复日期", "reviewed on", ["总部初审答复日期(六.2)", "HQ review answered (六.2)"]]),
  interviews: z
    .array(z.strictObject({ on: date("on", ["面试日期", "interview on"]), passed: z.boolean() }))
    .max(20)
    .optional(),
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
