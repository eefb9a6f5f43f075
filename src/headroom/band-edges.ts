import { decimalFraction } from "../numbers/fraction.js";
import type { BandTable } from "../policy/schema.js";

/**
 * Where a ratio of whole numbers crosses the band edges of a policy table, in whole numbers, by
 * integer arithmetic on the edges as exact fractions (never floats, never trying values). With the
 * calls fixed, the edge "ECR ≤ 8 %" is crossed at the first simple-call count s with s/total > 8/100,
 * s = ⌊8·total/100⌋ + 1; an edge "≥ 80 %" at the first count c with c/required ≥ 80/100,
 * c = ⌈80·required/100⌉.
 */

/** A band's lower edge as p/q (BigInts) and whether the band holds the edge itself. */
interface Edge {
  readonly p: bigint;
  readonly q: bigint;
  readonly inclusive: boolean;
}

// A policy is deep-frozen, so each table's edges are read once (as src/policy/band.ts does): a WeakMap
// keyed by the frozen table, no observable state.
const edgesOf = new WeakMap<BandTable, readonly Edge[]>();

function lowerEdges(table: BandTable): readonly Edge[] {
  let edges = edgesOf.get(table);
  if (edges === undefined) {
    edges = table.bands.slice(1).map((band) => {
      const { numerator, denominator } = decimalFraction(band.from.at);
      return { p: BigInt(numerator), q: BigInt(denominator), inclusive: band.from.inclusive };
    });
    edgesOf.set(table, edges);
  }
  return edges;
}

const floorDiv = (a: bigint, b: bigint) => a / b; // a, b ≥ 0
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
const toIndex = (value: bigint) => (value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value));

/**
 * With the denominator fixed (calls, learners required), the smallest numerator at which the ratio
 * enters each band after the first: ⌈p·d/q⌉ for an edge the band holds ("≥ 80 %"), ⌊p·d/q⌋ + 1 for
 * one it does not ("8 % < ECR").
 *
 * @example numeratorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 120); // [10, 13, 15, 17, 20]
 */
export function numeratorBreakpoints(table: BandTable, denominator: number): number[] {
  const d = BigInt(denominator);
  return lowerEdges(table).map(({ p, q, inclusive }) => toIndex(inclusive ? ceilDiv(p * d, q) : floorDiv(p * d, q) + 1n));
}

/**
 * With the numerator fixed (simple calls, completions), the smallest denominator at which the ratio
 * falls out of each band after the first, into the one before: ⌊n·q/p⌋ + 1 for an edge the band holds,
 * ⌈n·q/p⌉ for one it does not. An edge at 0 is never crossed by changing the denominator.
 *
 * @example denominatorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 9); // [113, 90, 75, 65, 57]
 */
export function denominatorBreakpoints(table: BandTable, numerator: number): number[] {
  const n = BigInt(numerator);
  return lowerEdges(table)
    .filter(({ p }) => p > 0n)
    .map(({ p, q, inclusive }) => toIndex(inclusive ? floorDiv(n * q, p) + 1n : ceilDiv(n * q, p)));
}
