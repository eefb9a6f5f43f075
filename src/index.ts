// The public surface of star-assessment: names only, no code of its own.
export { type Assessment, type AssessOptions, assessQuarter, type SafeAssessment, safeAssessQuarter } from "./assessment/assess.js";
export { AssessmentSchema } from "./assessment/schema.js";
export { AssessmentInputError, type InputIssue } from "./errors/assessment-input-error.js";
export { type ParsedQuarter, parseQuarter } from "./input/parse.js";
export { assertPolicy, PolicyError, type PolicyProblem } from "./policy/assert-policy.js";
export { createQuarterInputSchema, type QuarterInput, QuarterInputSchema } from "./input/schema.js";
export type { Bilingual, Language } from "./messages/bilingual.js";
export { CLAUSES, type ClauseId, type ReadingId } from "./policy/clauses.js";
export { CLOUD_DESKTOP_2024 } from "./policy/cloud-desktop-2024.js";
export { appliesTo, POLICIES, policyFor } from "./policy/policy-for.js";
export { type Band, type BandTable, type Policy, type PolicyInput, PolicySchema } from "./policy/schema.js";
export { type CalendarDate, isCalendarDate } from "./dates/calendar-date.js";
export { isQuarterId, type QuarterId, quarterEnd, quarterStart } from "./dates/quarter.js";
export { type EcrCalls, type EcrCounts, type EcrRate, parseRate, scoreEcr } from "./rules/ecr.js";
export type { Figure, ItemResult, Step } from "./rules/item-result.js";
export { type KeyEvent, type KeyEventsResult, type MajorKeyEventSeverity, sumKeyEvents } from "./rules/key-events.js";
export { isMajorProject, isReportOnTime, type MajorProject, scoreMajorProjects } from "./rules/major-projects.js";
export { type RepOfficeRecord, scoreRepOffice } from "./rules/rep-office.js";
export { outcomeCode, SATISFACTION_OUTCOMES, type SatisfactionOutcome, type SatisfactionSurvey, scoreSatisfaction } from "./rules/satisfaction.js";
export { type OfflineTraining, type OnlineTraining, scoreTraining, type TrainingRecord } from "./rules/training.js";
export { buildVerdict, ITEM_KEYS, type ItemKey, type Reason, type Verdict } from "./verdict/verdict.js";
export { addWorkingDays, MONDAY_TO_FRIDAY, type WorkingDayCalendar } from "./dates/working-days.js";
export { type Finding, type Severity, type StandingStatus } from "./standing/finding.js";
export { type Standing, evaluateStanding, type UpcomingDate } from "./standing/standing.js";
export { checkEligibility, type Eligibility, type Requirement } from "./standing/eligibility.js";
export { type CertificationSchedule, certificationSchedule, type CertificationStep } from "./standing/schedule.js";
export type { StandingOptions } from "./standing/parse.js";
export {
  type Application,
  ApplicationSchema,
  type CertificationProgress,
  CertificationProgressSchema,
  createApplicationSchema,
  createStandingRecordSchema,
  ENGINEER_ROLES,
  type EngineerRole,
  STANDING_ISSUE_CODES,
  type StandingRecord,
  StandingRecordSchema,
  type StoredVerdict,
  StoredVerdictSchema,
} from "./standing/schema.js";
export type { FindingCode, RequirementCode, StepName, UpcomingKind } from "./messages/standing.js";
