/**
 * The figures each sentence of the standing between assessments takes (四.2, 五, 六, 七, 一): findings,
 * the dates that fall due, eligibility requirements, certification steps and record problems. The
 * sentences are in `zh/standing.ts` and `en/standing.ts`.
 */

type Date = string;

/** The figures of each finding's message, by finding code. */
export interface FindingFigures {
  CERTIFIED_BELOW_MINIMUM: { count: number; minimum: number; effectiveFrom: Date; until: Date | null; renewal: boolean };
  CERT_RENEWED: { engineerId: string; registeredOn: Date };
  CERT_EXPIRING: { engineerId: string; validThrough: Date; remaining: number; minimum: number };
  DEPARTURE_DECLARATION_DUE: { engineerId: string; leftOn: Date; dueOn: Date; workingDays: number };
  DEPARTURE_DECLARED_LATE: { engineerId: string; declaredOn: Date; dueOn: Date };
  DEPARTURE_GRACE: { engineerId: string; leftOn: Date; dueOn: Date; filledOn: Date | null };
  DEPARTURE_UNFILLED: { engineerId: string; dueOn: Date; until: Date | null };
  DEPARTURE_UNDECLARED: { engineerId: string; leftOn: Date; foundOn: Date; until: Date | null };
  PLEDGE_DUE: { engineerId: string; signedOn: Date; dueOn: Date; months: number };
  PLEDGE_BROKEN: { engineerId: string; dueOn: Date; until: Date | null };
  QUALIFICATION_EXPIRING: { certifiedOn: Date; validThrough: Date };
  QUALIFICATION_EXPIRED: { validThrough: Date; until: Date | null };
  QUARTER_DOWNGRADE: { quarter: string; reasons: readonly string[]; blacklist: boolean; effectiveFrom: Date; until: Date | null; restores: boolean };
  SANCTION: { clause: "7.1" | "7.6"; foundOn: Date; reapplyFrom: Date; until: Date | null };
}

/** A finding code. */
export type FindingCode = keyof FindingFigures;

/** What happens on an upcoming date. */
export type UpcomingKind = "begins" | "due" | "ends" | "reapply";

/** The figures of an upcoming date's message. */
export interface UpcomingFigures {
  upcoming: { kind: UpcomingKind; code: FindingCode; subject: string | null };
}

/** The figures of each eligibility requirement's message, by requirement code. */
export interface RequirementFigures {
  CERTIFIED_ENGINEERS: { met: boolean; qualified: number; minimum: number; validAfter: Date };
  SOCIAL_SECURITY: { met: boolean; short: readonly string[]; months: number; passesFrom: Date | null };
  HOTLINE: { met: boolean };
  ISSUE_TRACKING: { met: boolean };
  TECHNICAL_MANAGER: { met: boolean };
  PROJECT_CASE: { met: boolean; amount: number; minimum: number; hasCase: boolean };
  LAST_QUARTER_TOTAL: { met: boolean; renewal: boolean; total: number | null; threshold: number };
  NO_SANCTION: { met: boolean; foundOn: Date | null; passesFrom: Date | null };
  REAPPLY_WAIT: { met: boolean; quarter: string | null; passesFrom: Date | null };
  NOT_BLACKLISTED: { met: boolean; quarter: string | null };
  NO_MAJOR_EVENT_LAST_YEAR: { met: boolean; date: Date | null; passesFrom: Date | null };
}

/** A requirement code of `checkEligibility`. */
export type RequirementCode = keyof RequirementFigures;

/** A step of the certification process (六). */
export type StepName = "review" | "interview" | "on-site" | "final";

/** The figures of a certification step's message. */
export interface StepFigures {
  step: { step: StepName; dueOn: Date; doneOn: Date | null; late: boolean };
  nextInterview: { failures: number; lastFailedOn: Date; from: Date };
}

/** The figures of each problem of a record, an application or a progress, by issue code. */
export interface StandingIssueFigures {
  LEFT_BEFORE_JOINED: { leftOn: Date; joinedOn: Date };
  DECLARED_BEFORE_LEFT: { declaredOn: Date; leftOn: Date };
  FOUND_BEFORE_LEFT: { foundOn: Date; leftOn: Date };
  NOT_LEFT: { field: "declaredOn" | "foundOn" };
  REGISTERED_AFTER_VALID_THROUGH: { registeredOn: Date; validThrough: Date };
  UNKNOWN_CERTIFICATE_TYPE: { type: string; known: string };
  DUPLICATE_ENGINEER_ID: { id: string; firstIndex: number };
  PROOF_BEFORE_PLEDGE: { proofOn: Date; signedOn: Date };
  LAST_QUARTER_TOTAL_REQUIRED: Record<string, never>;
  STEP_BEFORE_PREVIOUS: { field: string; date: Date; previous: string; previousDate: Date };
  STEP_WITHOUT_PREVIOUS: { field: string; previous: string };
  INTERVIEW_AFTER_PASS: { date: Date; passedOn: Date };
  NOT_AS_OF_DATE: { value: string };
}

/** A problem code of a record, an application or a progress. */
export type StandingIssueCode = keyof StandingIssueFigures;
