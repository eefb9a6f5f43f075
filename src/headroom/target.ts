/**
 * What a search along a lever looks for: the first value whose item score differs from today's
 * (`headroom`), the first whose item score reaches a given score (`toPass`: a score above 0, or the
 * score that lifts the total to the threshold), or the first at or below one (the plans: where the
 * rep-office rating reaches 0).
 */
export type Target =
  | { readonly kind: "change" }
  | { readonly kind: "atLeast"; readonly score: number }
  | { readonly kind: "atMost"; readonly score: number };

/** The first value whose score differs from today's. */
export const CHANGE: Target = { kind: "change" };

/**
 * Whether an item score meets a target, given today's score.
 *
 * @example meets({ kind: "atLeast", score: 0.01 }, 3, 0); // true
 */
export function meets(target: Target, score: number, current: number): boolean {
  if (target.kind === "change") return score !== current;
  return target.kind === "atLeast" ? score >= target.score : score <= target.score;
}

/** +1: toward larger values (or later outcome labels, later dates); −1: toward smaller ones. */
export type Direction = 1 | -1;
