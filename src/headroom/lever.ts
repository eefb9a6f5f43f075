import type { Bilingual } from "../messages/bilingual.js";
import type { ItemKey } from "../items.js";
import type { Segment } from "./step-axis.js";
import type { Direction, Target } from "./target.js";

/** A value of the input a lever moves: a count or amount, a rate, a date, an outcome label, or null (no report). */
export type LeverValue = number | string | null;

/** The unit a lever moves in (docs/interpretations.md, H1). */
export type LeverUnit = "call" | "learner" | "engineer" | "case" | "person-day" | "ticket" | "point" | "rate" | "day" | "outcome";

/** The nearest value of a lever at which its item's score falls or rises. */
export interface LeverChange {
  /** The field's new value: a valid input, in the form the input gave (a label stays a label, "9.5%" a percent string). */
  readonly to: LeverValue;
  readonly scoreAfter: number;
  readonly totalAfter: number;
  readonly message: Bilingual;
}

/** One input value an item's score depends on, and the nearest values at which the score falls and rises. */
export interface Lever {
  /** A JSON Pointer into the input, e.g. `/ecr/simpleCalls`; `whatIf` takes it as it is. */
  readonly path: string;
  /** Today's value (0 for a rep-office figure the record leaves out; null for a report not submitted). */
  readonly value: LeverValue;
  readonly unit: LeverUnit;
  /** The size of one unit (1 call, 0.5 person-day, 0.0001 of a rate …; 1 for a day or an outcome label). */
  readonly step: number;
  readonly down: LeverChange | null;
  readonly up: LeverChange | null;
}

/** A value found along a lever: the new value, the item score there, and how many units away it is. */
export interface Found {
  readonly to: LeverValue;
  readonly score: number;
  /** Units between today's value and `to` (days for a date; 1 for submitting a missing report). */
  readonly units: number;
}

/** What headroom, toPass and the plans ask of a lever. */
export interface LeverModel {
  readonly item: ItemKey;
  readonly path: string;
  readonly value: LeverValue;
  readonly unit: LeverUnit;
  readonly step: number;
  /** The nearest value in `direction` whose item score meets `target`; every value on the way does not. */
  readonly nearest: (direction: Direction, target: Target) => Found | null;
  /** The lever's sentence for a value found, in the policy's terms (without the total's consequence). */
  readonly describe: (found: Found) => Bilingual;
  /** The item's bands along this lever at today's other values, in the field's own values (ECR's simple calls or rate, training's completions and attendances). */
  readonly scale?: () => { readonly min: number; readonly max: number; readonly bands: Segment[] };
}
