/**
 * The figures each step of a rule carries, by the step's rule id: what the step's sentence shows
 * (`messages/zh/steps.ts`, `messages/en/steps.ts`) and what a reader can check by hand. Exact
 * decimals are strings ("16.666666666666666667"), ratios are shown as percentages ("8%", "≈66.67%").
 */

/** A survey outcome code (the policy's Chinese label is `label`). */
export type OutcomeCode =
  | "very_satisfied"
  | "satisfied"
  | "neutral"
  | "dissatisfied"
  | "very_dissatisfied"
  | "unreachable"
  | "unreachable_after_reminder";

/** A major project's report status (三.2.1). */
export type ReportStatus = "on-time" | "late" | "missing";

/** The two parts of the training item. */
export type TrainingPart = "online" | "offline";

interface ProjectFigures {
  readonly project: string;
  /** The deadline and submission date; null where only the status is known (a spreadsheet). */
  readonly deadline: string | null;
  readonly submittedOn: string | null;
  readonly rating: number | null;
  readonly score: number;
}

interface TrainingPartFigures {
  readonly required: number;
  readonly done: number;
  readonly ratio: string;
  readonly band: string;
  readonly points: number;
}

export interface StepFigures {
  readonly round: { readonly exact: string; readonly rounded: number; readonly decimals: number };
  readonly floor: { readonly value: string };

  readonly "major-projects.none": { readonly projects: 0; readonly score: number };
  readonly "major-projects.on-time": ProjectFigures;
  readonly "major-projects.late": ProjectFigures;
  readonly "major-projects.missing": ProjectFigures;
  readonly "major-projects.not-major": { readonly project: string; readonly product: string; readonly seats: number; readonly products: string; readonly minSeats: number };
  readonly "major-projects.mean": { readonly sum: string; readonly projects: number; readonly mean: string };
  readonly "major-projects.seat-weighted-mean": { readonly weighted: string; readonly seats: string; readonly mean: string };

  readonly "satisfaction.none": { readonly surveys: 0; readonly score: number };
  readonly "satisfaction.completed": { readonly project: string; readonly outcome: OutcomeCode; readonly label: string; readonly points: number };
  readonly "satisfaction.unreachable": { readonly project: string; readonly outcome: "unreachable"; readonly label: string; readonly deduction: number };
  readonly "satisfaction.unreachable-after-reminder": {
    readonly project: string;
    readonly outcome: "unreachable_after_reminder";
    readonly label: string;
    readonly deduction: string;
    readonly addsToUnreachable: boolean;
  };
  readonly "satisfaction.base": { readonly sum: string; readonly completed: number; readonly base: string };
  readonly "satisfaction.base-without-completed": { readonly completed: 0; readonly base: number };
  readonly "satisfaction.deductions": { readonly base: string; readonly deductions: string; readonly result: string };

  readonly "rep-office.none": { readonly score: number };
  readonly "rep-office.start": { readonly max: number };
  /** `null` figures were not reported, and count as 0. */
  readonly "rep-office.delivery-quality": { readonly deduction: number | null };
  readonly "rep-office.unlicensed-work": { readonly cases: number | null; readonly perCase: number; readonly deduction: string };
  readonly "rep-office.vendor-assist": { readonly personDays: number | null; readonly perPersonDay: number; readonly deduction: string };
  readonly "rep-office.simple-issue-tickets": { readonly tickets: number | null; readonly tier: string; readonly deduction: string };
  readonly "rep-office.key-event": { readonly deduction: number | null };
  readonly "rep-office.result": { readonly max: number; readonly deductions: string; readonly result: string };

  readonly "ecr.not-reported": { readonly score: number };
  readonly "ecr.no-calls": { readonly totalCalls: 0; readonly score: number };
  readonly "ecr.few-simple-calls": { readonly simpleCalls: number; readonly atMost: number; readonly score: number };
  readonly "ecr.band": {
    readonly simpleCalls: number | null;
    readonly totalCalls: number | null;
    /** The rate as given, as an exact decimal ("0.095"); null when counts were given. */
    readonly rate: string | null;
    readonly ecr: string;
    readonly band: string;
    readonly points: number;
  };

  readonly "training.online-not-reported": { readonly score: number };
  readonly "training.offline-not-reported": { readonly score: number };
  readonly "training.online-not-required": { readonly required: 0; readonly score: number };
  readonly "training.offline-not-required": { readonly required: 0; readonly score: number };
  readonly "training.online": TrainingPartFigures;
  readonly "training.offline": TrainingPartFigures;
  readonly "training.sum": { readonly online: number; readonly offline: number; readonly total: string };

  readonly "key-events.none": { readonly events: 0 };
  readonly "key-events.bonus": { readonly event: string; readonly points: number; readonly note: string; readonly major: null; readonly date: string | null };
  readonly "key-events.penalty": {
    readonly event: string;
    readonly points: number;
    readonly note: string;
    readonly major: "downgrade" | "blacklist" | null;
    readonly date: string | null;
  };
  readonly "key-events.sum": { readonly bonus: string; readonly penalty: string; readonly adjustment: string };
}

/** A step's rule id. */
export type StepRule = keyof StepFigures;
