// The public surface of star-assessment: names only, no code of its own.
export { type Assessment, type AssessOptions, assessQuarter, type SafeAssessment, safeAssessQuarter } from "./assessment/assess.js";
export { AssessmentSchema } from "./assessment/schema.js";
export type { AssessmentWarning } from "./assessment/warnings.js";
export { type CalendarDate, isCalendarDate } from "./dates/calendar-date.js";
export { isQuarterId, type QuarterId, quarterEnd, quarterStart } from "./dates/quarter.js";
export { AssessmentInputError, type InputIssue, type IssueCode, isAssessmentInputError } from "./errors/assessment-input-error.js";
export { type EcrCalls, type EcrCounts, type EcrInput, type EcrRate, parseRate } from "./input/ecr.js";
export type { KeyEvent, KeyEventInput, MajorKeyEventSeverity } from "./input/key-events.js";
export type { MajorProject, MajorProjectInput, ReportedProject, ReportedProjectInput } from "./input/major-projects.js";
export { type ParsedQuarter, parseQuarter } from "./input/parse.js";
export { policyFor } from "./input/policy-for.js";
export { type QuarterInput, type QuarterInputData, QuarterInputSchema, quarterSchema } from "./input/quarter.js";
export type { RepOfficeInput, RepOfficeRecord } from "./input/rep-office.js";
export { OUTCOME_CODES, outcomeLabel, type SatisfactionSurvey, type SatisfactionSurveyInput } from "./input/satisfaction.js";
export type { TrainingInput, TrainingRecord } from "./input/training.js";
export { type Item, ITEM_KEYS, type ItemKey, ITEMS, itemMax } from "./items.js";
export type { Bilingual, Language } from "./messages/bilingual.js";
export type { OutcomeCode, ReportStatus, StepFigures, StepRule, TrainingPart } from "./messages/steps.js";
export { assertPolicy, PolicyError, type PolicyProblem } from "./policy/assert-policy.js";
export { CLAUSES, type ClauseId, type ReadingId } from "./policy/clauses.js";
export { CLOUD_DESKTOP_2024 } from "./policy/cloud-desktop-2024.js";
export { isMajorProject } from "./policy/major-project.js";
export { appliesTo, POLICIES } from "./policy/policies.js";
export { isReportOnTime } from "./policy/report-on-time.js";
export { type Band, type BandTable, type Policy, type PolicyInput, PolicySchema } from "./policy/schema.js";
export { scoreEcr } from "./rules/ecr.js";
export type { ItemResult } from "./rules/item-result.js";
export { type KeyEventsResult, sumKeyEvents } from "./rules/key-events.js";
export { scoreMajorProjects, scoreReportedProjects } from "./rules/major-projects.js";
export { scoreRepOffice } from "./rules/rep-office.js";
export { scoreSatisfaction } from "./rules/satisfaction.js";
export type { Figure, Step } from "./rules/step.js";
export { scoreTraining } from "./rules/training.js";
export type { ItemScores, VerdictFacts, VerdictFactsInput } from "./verdict/facts.js";
export { buildVerdict, type Reason, type ScoreReason, type Verdict, verdictOfScores } from "./verdict/verdict.js";
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
export { type Headroom, headroom, type ItemHeadroom, type KeyEventsHeadroom, type LeverScale } from "./headroom/headroom.js";
export type { HeadroomOptions } from "./headroom/assessed.js";
export type { Lever, LeverChange, LeverUnit, LeverValue } from "./headroom/lever.js";
export { type PassChange, type PassReason, type ToPass, toPass } from "./headroom/to-pass.js";
export { type EcrPlanBand, type ExpectedVolumes, maxSimpleCalls, minTrainingDone, planQuarter, type QuarterPlan, type RepOfficeBudget, type TrainingPlanBand } from "./headroom/plan.js";
export { type Difference, type VerdictChange, type WhatIf, type WhatIfChange, whatIf } from "./headroom/what-if.js";
export { HEADROOM_ISSUE_CODES, type HeadroomIssueCode } from "./headroom/issue-codes.js";
export type { JsonValue } from "./headroom/json-pointer.js";
