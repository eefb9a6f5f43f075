import type { Bilingual } from "../messages/bilingual.js";
import { flooredMessage, roundingMessage } from "../messages/steps.js";
import { type Exact, exact, roundScore } from "../numbers/exact.js";
import type { ClauseId, ReadingId } from "../policy/clauses.js";
import type { Policy } from "../policy/schema.js";

/** A figure a step used: a count, a score, a ratio as text, a date, a flag. */
export type Figure = number | string | boolean | null;

/** One step of a rule: what it did, under which clause, with the figures it used. */
export interface Step {
  /** Stable name of the step, e.g. `ecr.band`. */
  readonly rule: string;
  readonly clause: ClauseId;
  /** The reading of an ambiguous clause the step applies (docs/interpretations.md). */
  readonly reading?: ReadingId;
  /** True for a warning that does not change the score (e.g. a listed project that is not major). */
  readonly warning?: true;
  readonly message: Bilingual;
  readonly figures: Readonly<Record<string, Figure>>;
}

/** The score of one assessment item (三.2.1 … 三.2.5), with the steps that produced it. */
export interface ItemResult {
  /** Rounded to the policy's decimals (reading R4); never negative, never above `max`. */
  readonly score: number;
  readonly max: number;
  readonly clause: ClauseId;
  /** True when there was nothing to assess and the item scored by its reading (R1, R3, R8, R9). */
  readonly notApplicable: boolean;
  readonly steps: readonly Step[];
}

/**
 * Rounds an item's exact score per reading R4 and closes its result; a rounding that changes the
 * figure is recorded as a step of its own. A short number (a band's points, 9.5) needs no rounding
 * and skips the decimal arithmetic.
 *
 * @example finishItem(exact("16.666"), { max: 25, clause: "3.2.2", notApplicable: false, steps: [] }, policy).score; // 16.67
 */
export function finishItem(
  exactScore: Exact,
  item: { max: number; clause: ClauseId; notApplicable: boolean; steps: Step[] },
  policy: Policy,
): ItemResult {
  // Object literals, not spreads: a spread here cost microseconds per item (V8 profile, bench P2).
  const { max, clause, notApplicable, steps } = item;
  const score = roundScore(exactScore, policy);
  if (typeof exactScore === "number" ? score === exactScore : exactScore.equals(score)) return { score, max, clause, notApplicable, steps };
  const value = exact(exactScore);
  const decimals = policy.rounding.decimals.value;
  const rounding: Step = {
    rule: "round",
    clause,
    reading: "R4",
    message: roundingMessage(value.toString(), score, decimals),
    figures: { exact: value.toString(), rounded: score, decimals },
  };
  return { score, max, clause, notApplicable, steps: [...steps, rounding] };
}

/**
 * An item's score floored at 0 ("No output ever holds … a negative item score"); a floor that bites is
 * recorded as a step.
 *
 * @example floorAtZero(exact(-1.5), "3.2.3", steps).toString(); // "0", with a step "-1.5 is below 0"
 */
export function floorAtZero(score: Exact, clause: ClauseId, steps: Step[]): Exact {
  if (typeof score === "number" ? score >= 0 : !score.isNegative()) return score;
  steps.push({ rule: "floor", clause, message: flooredMessage(String(score)), figures: { value: String(score) } });
  return 0;
}
