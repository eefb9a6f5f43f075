import * as z from "../zod.js";
import { type CalendarDate, compareDates, isCalendarDate } from "../dates/calendar-date.js";
import { isQuarterId } from "../dates/quarter.js";
import { both } from "../messages/bilingual.js";
import { standingIssueSentences as en } from "../messages/en/standing.js";
import type { StandingIssueCode, StandingIssueFigures } from "../messages/standing.js";
import { standingIssueSentences as zh } from "../messages/zh/standing.js";
import { CLAUSE_IDS } from "../policy/clauses.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";

/**
 * The inputs of the standing between assessments (SPEC §5) as zod schemas: a partner's record, an
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

const text = (max: number) => z.string().trim().min(1).max(max);
const calendarDate = z.string().refine(isCalendarDate, { params: { code: "NOT_CALENDAR_DATE" } });
const optionalDate = calendarDate.nullable().optional();
const list = <T extends z.ZodType>(element: T, max: number) => z.array(element).max(max).optional();

const certificate = z.strictObject({
  type: text(100).describe("H3CS-CDS"),
  version: text(100).optional().describe("an older version inside its validity still counts (一 补充说明 1)"),
  validThrough: calendarDate.describe("the last day the certificate is valid"),
  registeredOn: optionalDate.describe("the day it was entered in the partner's certification; null or absent: not registered"),
});

const pledge = z.strictObject({
  signedOn: calendarDate.describe("the day the 四.2.1.c promise letter was signed"),
  proofOn: optionalDate.describe("the day 3 months of social-security proof were given; null: not yet"),
});

const engineerFields = {
  id: text(200),
  name: text(500).optional(),
  roles: z.array(z.enum(ENGINEER_ROLES)).max(3),
  joinedOn: calendarDate,
  leftOn: optionalDate.describe("the day the engineer left; null: employed"),
  declaredOn: optionalDate.describe("the day the partner declared the departure to H3C"),
  foundOn: optionalDate.describe("the day H3C found an undeclared departure"),
  certificates: list(certificate, 100),
  pledge: pledge.nullable().optional(),
};

const engineer = z.strictObject(engineerFields);

const storedReason = z
  .looseObject({
    code: text(100),
    clause: z.enum(CLAUSE_IDS),
    effectiveFrom: calendarDate,
    restoresOn: calendarDate.optional(),
    reapplyFrom: calendarDate.optional(),
    date: calendarDate.optional(),
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
  effectiveFrom: calendarDate,
  restoresOn: calendarDate.nullable(),
  reapplyFrom: calendarDate.nullable(),
});

const storedAssessment = z.looseObject({
  quarter: z.string().refine(isQuarterId, { params: { code: "NOT_QUARTER" } }),
  verdict: StoredVerdictSchema,
});

const sanction = z.strictObject({
  clause: z.enum(["7.1", "7.6"]).describe("七.1 false information, or 七.6 a major accident from a skipped handover check"),
  foundOn: calendarDate,
  note: z.string().max(2000).optional(),
});

const recordFields = {
  partner: z.strictObject({ id: text(200), name: text(500).optional() }),
  certifications: list(z.strictObject({ certifiedOn: calendarDate }), 100),
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

/** The checks of a list of engineers (SPEC §5 "Record checks"), each problem at its path. */
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
 * A partner's record (SPEC §5) checked under a policy (its certificate type).
 *
 * @example createStandingRecordSchema(CLOUD_DESKTOP_2024).safeParse({ partner: { id: "P" } }).success; // true
 */
export function createStandingRecordSchema(policy: Policy = CLOUD_DESKTOP_2024) {
  return recordShape.superRefine((record, ctx) => engineerIssues(record.engineers, policy, ctx, ["engineers"]));
}

/** A partner's record: certifications, engineers, stored quarterly verdicts and sanctions (SPEC §5). */
export const StandingRecordSchema = /* @__PURE__ */ createStandingRecordSchema();

/** A validated partner's record. */
export type StandingRecord = z.output<typeof recordShape>;
/** An engineer of a record. */
export type Engineer = z.output<typeof engineer>;
/** A stored verdict, as far as the standing reads it. */
export type StoredVerdict = z.output<typeof StoredVerdictSchema>;

const applicationShape = z.strictObject({
  appliedOn: calendarDate,
  kind: z.enum(["new", "renewal"]),
  engineers: z.array(
    z.strictObject({ ...engineerFields, socialSecurityMonths: z.number().int().nonnegative().max(1200).describe("months of social security paid on appliedOn") }),
  ).max(1000),
  platform: z.strictObject({
    hotline7x24: z.boolean(),
    issueTracking: z.boolean(),
    technicalManager: z.boolean(),
    projectCase: z.strictObject({ amount: z.number().nonnegative().max(1e12).describe("RMB"), hasCase: z.boolean() }),
  }),
  lastQuarterTotal: z.number().min(-1e9).max(1e9).optional().describe("the last quarterly total; required for a renewal"),
  record: recordShape.optional().describe("the partner's record: sanctions and stored verdicts"),
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
  appliedOn: calendarDate,
  reviewedOn: optionalDate.describe("HQ review answered (六.2)"),
  interviews: z
    .array(z.strictObject({ on: calendarDate, passed: z.boolean() }))
    .max(20)
    .optional()
    .describe("the interviews (六.3), in any order"),
  onSiteOn: optionalDate.describe("on-site certification (六.4)"),
  finalOn: optionalDate.describe("HQ final opinion (六.5)"),
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
