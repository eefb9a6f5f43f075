import type { Bilingual } from "./bilingual.js";
import type { OutcomeCode, TrainingPart } from "./steps.js";

/**
 * The figures each headroom sentence takes (levers, toPass, whatIf, plans), and those of the headroom
 * functions' input problems (`HeadroomIssueFigures`, part of the `IssueCode` union); the sentences are
 * in `zh/headroom.ts` and `en/headroom.ts`. Types only.
 */

/** A figure of the rep-office record. */
export type RepOfficeField = "deliveryQualityDeduction" | "unlicensedWorkCases" | "vendorAssistPersonDays" | "simpleIssueTickets" | "keyEventDeduction";

/** The words of the headroom, plan and what-if views (table and Markdown). */
export type HeadroomLabel =
  | "levers"
  | "noLevers"
  | "keyEvents"
  | "toPass"
  | "noChange"
  | "plan"
  | "ecrPlan"
  | "onlinePlan"
  | "offlinePlan"
  | "band"
  | "points"
  | "maxSimpleCalls"
  | "minCompleted"
  | "minAttended"
  | "unreachable"
  | "whatIf"
  | "item"
  | "before"
  | "after"
  | "difference"
  | "total"
  | "keyEventAdjustment";

/** How a verdict ends for the partner. */
export type VerdictState = "keep" | "downgrade" | "blacklist";

interface Scores {
  /** The item's score today. */
  readonly score: number;
  /** The item's score at the new value. */
  readonly scoreAfter: number;
}

export interface HeadroomFigures {
  /** ECR by counts, more simple calls at today's calls. */
  readonly simpleCallsMore: Scores & { calls: number; from: number; to: number; ecr: string; atMost: number };
  /** ECR by counts, fewer simple calls at today's calls. */
  readonly simpleCallsFewer: Scores & { calls: number; from: number; to: number; ecr: string; atMost: number };
  /** ECR by counts, more calls at today's simple calls. */
  readonly totalCallsMore: Scores & { simpleCalls: number; from: number; to: number; ecr: string | null };
  /** ECR by counts, fewer calls at today's simple calls (`ecr` null at 0 calls). */
  readonly totalCallsFewer: Scores & { simpleCalls: number; from: number; to: number; ecr: string | null };
  /** ECR given as a rate: another rate. */
  readonly rate: Scores & { from: string; to: string; higher: boolean };
  /** ECR given as a rate with the simple calls: another simple-call count (the ≤ 5 rule). */
  readonly fewSimpleCalls: Scores & { rate: string; from: number; to: number; atMost: number };
  /** Training: more learners completing (online) or core engineers attending (offline). */
  readonly doneMore: Scores & { part: TrainingPart; required: number; from: number; to: number; share: string };
  readonly doneFewer: Scores & { part: TrainingPart; required: number; from: number; to: number; share: string };
  /** Training: more or fewer required at today's completions (`share` null with nobody required). */
  readonly requiredMore: Scores & { part: TrainingPart; done: number; from: number; to: number; share: string | null };
  readonly requiredFewer: Scores & { part: TrainingPart; done: number; from: number; to: number; share: string | null };
  /** A figure of the rep-office record, and the points it deducts at the new value. */
  readonly repOffice: Scores & { field: RepOfficeField; from: number; to: number; deduction: number };
  /** A major project's rating. */
  readonly rating: Scores & { project: string; from: number; to: number };
  /** An on-time handover report submitted on the first late day instead. */
  readonly submittedLate: Scores & { project: string; deadline: string; to: string };
  /** A late or missing handover report submitted on the last on-time day instead. */
  readonly submittedOnTime: Scores & { project: string; deadline: string; from: string | null; to: string; rating: number; deadlineDayIsOnTime: boolean };
  /** Another survey outcome for a project. */
  readonly outcome: Scores & { project: string; from: OutcomeCode; to: OutcomeCode; fromLabel: string; toLabel: string };
  /** What a change does to the total and the verdict of 四.1. */
  readonly after: { totalAfter: number; threshold: number; itemZero: boolean; wasItemZero: boolean; belowThreshold: boolean; wasBelowThreshold: boolean };
  /** The quarter's total against the threshold. */
  readonly margin: { total: number; threshold: number; margin: number };
  /** toPass: an item at 0 (4.1.a), by its name, and how many single changes lift it. */
  readonly itemZeroReason: { item: Bilingual; changes: number };
  /** toPass: a total below the threshold (4.1.b) and how many single changes lift it. */
  readonly belowThresholdReason: { total: number; threshold: number; deficit: number; changes: number };
  /** toPass: falsified customer information (三.2.2), not removable by scores. */
  readonly falsifiedReason: Record<string, never>;
  /** toPass: a major key event (4.2.2), not removable by scores. */
  readonly majorEventReason: { eventId: string; severity: "downgrade" | "blacklist" };
  /** toPass as a whole. */
  readonly toPassSummary: { scoreReasons: number; otherReasons: number; clearing: number };
  /** whatIf: the verdict before and after the changes. */
  readonly whatIfVerdict: { before: VerdictState; after: VerdictState };
  /** A word of the views. */
  readonly label: { name: HeadroomLabel };
  /** The plan's heading for ECR, online and offline, with the volume. */
  readonly planVolume: { part: "ecr" | TrainingPart; volume: number };
  /** The plan's rep-office budget. */
  readonly repOfficeBudget: { max: number; budget: number; cases: number | null; personDays: number | null; points: number | null; tickets: number | null };
  /** A key event adjustment in the headroom view. */
  readonly keyEventsLine: { adjustment: number; majorEvents: string };
  /** what-if takes one partner-quarter: a path that holds none, or several. */
  readonly notOneQuarter: { path: string; found: number };
}

/** The input problems of whatIf's changes and of the plans' arguments, by issue code. */
export interface HeadroomIssueFigures {
  /** A change's path that is not a JSON Pointer. */
  readonly NOT_POINTER: { readonly value: unknown };
  /** A change's pointer that leads nowhere in the input. */
  readonly POINTER_NOT_FOUND: { readonly pointer: string };
  /** A change without a JSON value to set. */
  readonly NOT_JSON_VALUE: { readonly value: unknown };
  /** Points that are no band's of the table asked about. */
  readonly NOT_BAND_POINTS: { readonly points: unknown; readonly accepted: readonly number[] };
}

/** An issue code of the headroom functions' own checks. */
export type HeadroomIssueCode = keyof HeadroomIssueFigures;
