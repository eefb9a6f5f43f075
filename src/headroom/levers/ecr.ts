import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import { type Decimal, exact } from "../../numbers/exact.js";
import type { Policy } from "../../policy/schema.js";
import { LARGEST_AMOUNT } from "../../rules/amounts.js";
import { type EcrCalls, type EcrCounts, type EcrRate, parseRate, scoreEcr } from "../../rules/ecr.js";
import { numeratorBreakpoints, denominatorBreakpoints } from "../band-edges.js";
import { gridPosition, gridValue, unitsBetween } from "../grid.js";
import { shareText } from "../share-text.js";
import type { Found, LeverModel } from "../lever.js";
import { axisSegments, stepAxis, type StepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.4 ECR (clause `3.2.4`): "ECR≤8% 15分 | 8%<ECR≤10% 12分 | … | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分". With counts, the simple calls (at today's calls) and the calls (at
 * today's simple calls); with a rate, the rate (on a grid of 0.01 %) and, when given, the simple calls
 * (which count only for the ≤ 5 rule). The score along each is a step function whose breakpoints are
 * the band edges (band-edges.ts) and the ≤ 5 rule's edge, scored by `scoreEcr` itself.
 */

/** A rate moves in steps of 0.01 percentage point (H1). */
export const RATE_STEP = 0.0001;
const RATE_GRID = Math.round(1 / RATE_STEP); // grid indices of 0 … 100 %

/** A step lever of ECR: its axis over grid indices, and how a grid index becomes the field's value. */
function stepLever(
  lever: Pick<LeverModel, "path" | "value" | "unit" | "step" | "describe">,
  units: Decimal | number,
  axis: StepAxis,
  current: number,
  toValue: (index: number) => number | string,
  scaled: boolean,
): LeverModel {
  const position = gridPosition(units, 1);
  const model: LeverModel = {
    item: "ecr",
    ...lever,
    nearest: (direction, target) => {
      const found = walkAxis(axis, position, direction, target, current);
      return found && { to: toValue(found.index), score: found.score, units: unitsBetween(position, found.index) };
    },
  };
  if (!scaled) return model;
  const value = (index: number) => gridValue(index, lever.step);
  const scale = () => ({
    min: value(axis.starts[0] as number),
    max: value(axis.max),
    bands: axisSegments(axis).map(({ from, to, score }) => ({ from: value(from), to: value(to), score })),
  });
  return { ...model, scale };
}

/**
 * The ECR score along the simple calls at a call volume: cut at each band edge and at the ≤ 5 rule's
 * edge, scored by `scoreEcr` (so no calls at all scores by reading R8).
 *
 * @example axisSegments(simpleCallsAxis(120, CLOUD_DESKTOP_2024))[0]; // { from: 0, to: 9, score: 15 }
 */
export function simpleCallsAxis(totalCalls: number, policy: Policy, known?: { index: number; score: number }): StepAxis {
  const breakpoints = [...numeratorBreakpoints(policy.ecr.bands, totalCalls), policy.ecr.fullScoreAtMostSimpleCalls.value + 1];
  return stepAxis(0, totalCalls, breakpoints, (simple) => scoreEcr({ simpleCalls: simple, totalCalls }, policy).score, known);
}

function countLevers(calls: EcrCounts, current: number, policy: Policy): LeverModel[] {
  const { simpleCalls, totalCalls } = calls;
  const rules = policy.ecr;
  const atMost = rules.fullScoreAtMostSimpleCalls.value;
  const score = (simple: number, total: number) => scoreEcr({ simpleCalls: simple, totalCalls: total }, policy).score;

  const simpleAxis = simpleCallsAxis(totalCalls, policy, { index: simpleCalls, score: current });
  const describeSimple = ({ to, score: after }: Found) => {
    const figures = { calls: totalCalls, from: simpleCalls, to: to as number, score: current, scoreAfter: after, ecr: shareText(to as number, totalCalls, rules.bands), atMost };
    return both(zhHeadroom, enHeadroom, (to as number) > simpleCalls ? "simpleCallsMore" : "simpleCallsFewer", figures);
  };
  const simple = stepLever({ path: "/ecr/simpleCalls", value: simpleCalls, unit: "call", step: 1, describe: describeSimple }, simpleCalls, simpleAxis, current, (s) => s, totalCalls > 0);

  const totalAxis = stepAxis(simpleCalls, LARGEST_AMOUNT, [...denominatorBreakpoints(rules.bands, simpleCalls), 1], (t) => score(simpleCalls, t), { index: totalCalls, score: current });
  const describeTotal = ({ to, score: after }: Found) => {
    const figures = { simpleCalls, from: totalCalls, to: to as number, score: current, scoreAfter: after, ecr: to === 0 ? null : shareText(simpleCalls, to as number, rules.bands) };
    return both(zhHeadroom, enHeadroom, (to as number) > totalCalls ? "totalCallsMore" : "totalCallsFewer", figures);
  };
  const total = stepLever({ path: "/ecr/totalCalls", value: totalCalls, unit: "call", step: 1, describe: describeTotal }, totalCalls, totalAxis, current, (t) => t, false);
  return [simple, total];
}

function rateLevers(calls: EcrRate, current: number, policy: Policy): LeverModel[] {
  const rules = policy.ecr;
  const atMost = rules.fullScoreAtMostSimpleCalls.value;
  const rate = parseRate(calls.rate) as Decimal; // validated by parseQuarter
  const asPercent = typeof calls.rate === "string";
  // A rate is shown as a percentage of the grid: 0.1001 and "10.01%" both read "10.01%".
  const percentOf = (index: number) => gridValue(index, RATE_STEP * 100);
  const today = `${rate.times(100).toString()}%`;

  // today's rate is known to score `current` when it lies on the grid
  const onGrid = gridPosition(rate, RATE_STEP);
  const known = onGrid.below === onGrid.above ? { index: onGrid.below, score: current } : undefined;
  const rateAxis = stepAxis(0, RATE_GRID, numeratorBreakpoints(rules.bands, RATE_GRID), (g) => scoreEcr({ rate: gridValue(g, RATE_STEP), simpleCalls: calls.simpleCalls }, policy).score, known);
  const describeRate = ({ to, score: after }: Found) => {
    const percent = typeof to === "string" ? to : `${exact(to as number).times(100).toString()}%`;
    return both(zhHeadroom, enHeadroom, "rate", { from: today, to: percent, score: current, scoreAfter: after, higher: rate.lessThan(parseRate(to as number | string) as Decimal) });
  };
  const levers = [
    stepLever({ path: "/ecr/rate", value: calls.rate, unit: "rate", step: RATE_STEP, describe: describeRate }, rate.dividedBy(RATE_STEP), rateAxis, current, (g) =>
      asPercent ? `${percentOf(g)}%` : gridValue(g, RATE_STEP),
    true),
  ];
  const simpleCalls = calls.simpleCalls;
  if (simpleCalls !== undefined) {
    const simpleAxis = stepAxis(0, LARGEST_AMOUNT, [atMost + 1], (s) => scoreEcr({ rate: calls.rate, simpleCalls: s }, policy).score, { index: simpleCalls, score: current });
    const describeFew = ({ to, score: after }: Found) =>
      both(zhHeadroom, enHeadroom, "fewSimpleCalls", { rate: today, from: simpleCalls, to: to as number, score: current, scoreAfter: after, atMost });
    levers.push(stepLever({ path: "/ecr/simpleCalls", value: simpleCalls, unit: "call", step: 1, describe: describeFew }, simpleCalls, simpleAxis, current, (s) => s, false));
  }
  return levers;
}

/**
 * The levers of the ECR item; none without an ECR record (the item then scores by reading R8, and no
 * single field can be added).
 *
 * @example ecrLevers({ simpleCalls: 9, totalCalls: 120 }, 15, CLOUD_DESKTOP_2024)[0].nearest(1, CHANGE); // { to: 10, score: 12, units: 1 }
 */
export function ecrLevers(calls: EcrCalls | undefined, current: number, policy: Policy): LeverModel[] {
  if (calls === undefined) return [];
  return "rate" in calls ? rateLevers(calls, current, policy) : countLevers(calls, current, policy);
}
