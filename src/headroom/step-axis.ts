import { type GridPosition, indexAbove, indexBelow } from "./grid.js";
import { type Direction, meets, type Target } from "./target.js";

/**
 * A lever whose item score is a step function of its value (a band of ECR or training, a ticket tier,
 * an outcome label): the score is constant between breakpoints, which are computed from the policy's
 * edges (src/headroom/band-edges.ts), never found by trying values. Each segment's score is asked of
 * the item's own rule once, at its first value, and only when a search reaches it.
 */

/** A run of grid indices, both ends included, that scores `score`. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly score: number;
}

/** The segments of a lever's range, with their scores read lazily. */
export interface StepAxis {
  /** The first grid index of each segment, ascending; the first is the range's minimum. */
  readonly starts: readonly number[];
  /** The range's last grid index. */
  readonly max: number;
  /** The item score on segment `k`. */
  readonly score: (k: number) => number;
}

/**
 * The segments of the range `min … max` cut at `breakpoints` (indices where the score may change;
 * extra ones only cost a rule call), with `scoreAt(index)` the item score at a grid index. `known`
 * is a grid index whose score is known already (today's value), so its segment is not scored again.
 *
 * @example stepAxis(0, 10, [5], (i) => (i < 5 ? 15 : 12)).starts; // [0, 5]
 */
export function stepAxis(min: number, max: number, breakpoints: readonly number[], scoreAt: (index: number) => number, known?: { index: number; score: number }): StepAxis {
  const starts = [min];
  for (const point of [...breakpoints].sort((a, b) => a - b)) if (point > (starts.at(-1) as number) && point <= max) starts.push(point);
  const scores: (number | undefined)[] = new Array(starts.length);
  if (known !== undefined) scores[segmentAt(starts, known.index)] = known.score;
  const score = (k: number): number => (scores[k] ??= scoreAt(starts[k] as number));
  return { starts, max, score };
}

/** The segment of `starts` that holds grid index `index` (the first one for an index below it). */
function segmentAt(starts: readonly number[], index: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] as number) <= index) k += 1;
  return k;
}

function segmentOf(axis: StepAxis, index: number): number {
  return segmentAt(axis.starts, index);
}

function segmentEnd(axis: StepAxis, k: number): number {
  return k + 1 < axis.starts.length ? (axis.starts[k + 1] as number) - 1 : axis.max;
}

/**
 * The nearest grid index from `position` in `direction` whose score meets `target`, walking segment
 * by segment: every index passed on the way scores like a segment that did not meet it. Null when the
 * range ends first.
 *
 * @example walkAxis(stepAxis(0, 10, [5], (i) => (i < 5 ? 15 : 12)), gridPosition(3, 1), 1, CHANGE, 15); // { index: 5, score: 12 }
 */
export function walkAxis(axis: StepAxis, position: GridPosition, direction: Direction, target: Target, current: number): { index: number; score: number } | null {
  const first = axis.starts[0] as number;
  if (direction === 1) {
    const next = indexAbove(position);
    if (next > axis.max) return null;
    for (let k = segmentOf(axis, next); k < axis.starts.length; k += 1) {
      const score = axis.score(k);
      if (meets(target, score, current)) return { index: Math.max(axis.starts[k] as number, next), score };
    }
    return null;
  }
  const next = indexBelow(position);
  if (next < first) return null;
  for (let k = segmentOf(axis, Math.min(next, axis.max)); k >= 0; k -= 1) {
    const score = axis.score(k);
    if (meets(target, score, current)) return { index: Math.min(segmentEnd(axis, k), next), score };
  }
  return null;
}

/**
 * Every segment with its score, neighbours of equal score merged: the bands of a lever at today's
 * volumes (for plans and bars).
 *
 * @example axisSegments(stepAxis(0, 10, [3, 5], (i) => (i < 5 ? 15 : 12))); // [{ from: 0, to: 4, score: 15 }, { from: 5, to: 10, score: 12 }]
 */
export function axisSegments(axis: StepAxis): Segment[] {
  const segments: Segment[] = [];
  axis.starts.forEach((from, k) => {
    const score = axis.score(k);
    const to = segmentEnd(axis, k);
    const last = segments.at(-1);
    if (last !== undefined && last.score === score) segments[segments.length - 1] = { from: last.from, to, score };
    else segments.push({ from, to, score });
  });
  return segments;
}
