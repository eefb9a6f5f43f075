import { compareFractions, type Fraction, ratio } from "../numbers/fraction.js";
import { bandEdges } from "../policy/band.js";
import type { BandTable } from "../policy/schema.js";

/**
 * Where a ratio of whole numbers crosses the band edges of a policy table, in whole numbers, from the
 * edges as exact fractions (`bandEdges`, src/policy/band.ts). With the calls fixed, the edge
 * "ECR ≤ 8 %" is crossed at the first simple-call count s with s/total > 8/100, s = ⌊8·total/100⌋ + 1;
 * an edge "≥ 80 %" at the first count c with c/required ≥ 80/100, c = ⌈80·required/100⌉. The quotient
 * is estimated once and confirmed with `compareFractions` on both sides of the edge (exact, in whole
 * numbers): the answer is never one off, and no value is tried beyond the two around it.
 */

/** A band's lower edge and whether the band holds the edge itself. */
interface Edge {
  readonly at: Fraction;
  readonly inclusive: boolean;
}

/** The lower edges of the bands after the first. */
function lowerEdges(table: BandTable): Edge[] {
  const edges = bandEdges(table);
  return table.bands.slice(1).map((band, index) => ({ at: edges[index + 1] as Fraction, inclusive: band.from.inclusive }));
}

/** A fraction's value, near enough to start from (the answer is then confirmed exactly). */
const estimate = (fraction: Fraction) => Number(fraction.numerator) / Number(fraction.denominator);

/**
 * The first whole number from `guess` on (≥ `least`) that `holds`, for a test that fails below some
 * number and holds from it on; `guess` is within a unit or two of it. Past the safe integers: the
 * largest safe integer (no count of a quarter comes near).
 */
function firstHolding(guess: number, least: number, holds: (value: number) => boolean): number {
  if (!(guess <= Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  let value = Math.max(least, Math.floor(guess));
  while (value > least && holds(value - 1)) value -= 1;
  while (!holds(value)) value += 1;
  return value;
}

/**
 * With the denominator fixed (calls, learners required), the smallest numerator at which the ratio
 * enters each band after the first: ⌈p·d/q⌉ for an edge p/q the band holds ("≥ 80 %"), ⌊p·d/q⌋ + 1
 * for one it does not ("8 % < ECR").
 *
 * @example numeratorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 120); // [10, 13, 15, 17, 20]
 */
export function numeratorBreakpoints(table: BandTable, denominator: number): number[] {
  return lowerEdges(table).map(({ at, inclusive }) => {
    if (denominator === 0) return inclusive ? 0 : 1; // ⌈0⌉ or ⌊0⌋ + 1
    const enters = (numerator: number) => {
      const side = compareFractions(ratio(numerator, denominator), at);
      return inclusive ? side >= 0 : side > 0;
    };
    return firstHolding(estimate(at) * denominator, 0, enters);
  });
}

/**
 * With the numerator fixed (simple calls, completions), the smallest denominator at which the ratio
 * falls out of each band after the first, into the one before: ⌊n·q/p⌋ + 1 for an edge p/q the band
 * holds, ⌈n·q/p⌉ for one it does not. An edge at 0 is never crossed by changing the denominator.
 *
 * @example denominatorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 9); // [113, 90, 75, 65, 57]
 */
export function denominatorBreakpoints(table: BandTable, numerator: number): number[] {
  return lowerEdges(table)
    .filter(({ at }) => compareFractions(at, ratio(0, 1)) > 0)
    .map(({ at, inclusive }) => {
      if (numerator === 0) return inclusive ? 1 : 0; // ⌊0⌋ + 1 or ⌈0⌉
      const leaves = (denominator: number) => {
        const side = compareFractions(ratio(numerator, denominator), at);
        return inclusive ? side < 0 : side <= 0;
      };
      return firstHolding((numerator * Number(at.denominator)) / Number(at.numerator), 1, leaves);
    });
}
