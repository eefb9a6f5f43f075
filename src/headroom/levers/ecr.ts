import { type EcrCalls, type EcrCounts, type EcrRate, parseRate } from "../../input/ecr.js";
import { LARGEST_AMOUNT } from "../../input/fields.js";
import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import { type Exact, exact, exactMinus, exactText, exactTimes, isNegative } from "../../numbers/exact.js";
import { ratio } from "../../numbers/fraction.js";
import { bandPercent } from "../../policy/band.js";
import type { Policy } from "../../policy/schema.js";
import { ecrItem } from "../../rules/ecr.js";
import { denominatorBreakpoints, numeratorBreakpoints } from "../band-edges.js";
import { gridPosition, gridValue, unitsBetween } from "../grid.js";
import type { Found, LeverModel, LeverValue } from "../lever.js";
import { axisSegments, stepAxis, type StepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.4 ECR (clause `3.2.4`): "ECR≤8% 15分 | 8%<ECR≤10% 12分 | … | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分". With counts, the simple calls (at today's calls) and the calls (at
 * today's simple calls); with a rate, the rate (on a grid of 0.01 %) and, when given, the simple calls
 * (which count only for the ≤ 5 rule). The score along each is a step function whose breakpoints are
 * the band edges (band-edges.ts) and the ≤ 5 rule's edge, scored by the rule itself (`ecrItem`).
 */

/** A rate moves in steps of 0.01 percentage point (H1). */
export const RATE_STEP = 0.0001;
const RATE_GRID = Math.round(1 / RATE_STEP); // grid indices of 0 … 100 %

/** A rate (an exact decimal string, as the rules read it) as an exact value. */
const rateValue = (rate: string): Exact => {
  const number = Number(rate);
  return exactText(number) === rate ? number : exact(rate);
};

/** A step lever of ECR: its axis over grid indices, and how a grid index becomes the field's value. */
function stepLever(
  lever: Pick<LeverModel, "path" | "value" | "unit" | "step" | "describe">,
  units: Exact,
  axis: StepAxis,
  current: number,
  toValue: (index: number) => LeverValue,
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
 * edge, scored by the rule (so no calls at all scores by reading R8).
 *
 * @example axisSegments(simpleCallsAxis(120, CLOUD_DESKTOP_2024))[0]; // { from: 0, to: 9, score: 15 }
 */
export function simpleCallsAxis(totalCalls: number, policy: Policy, known?: { index: number; score: number }): StepAxis {
  const breakpoints = [...numeratorBreakpoints(policy.ecr.bands, totalCalls), policy.ecr.fullScoreAtMostSimpleCalls.value + 1];
  return stepAxis(0, totalCalls, breakpoints, (simple) => ecrItem({ simpleCalls: simple, totalCalls }, policy).score, known);
}

function countLevers(calls: EcrCounts, current: number, policy: Policy): LeverModel[] {
  const { simpleCalls, totalCalls } = calls;
  const rules = policy.ecr;
  const atMost = rules.fullScoreAtMostSimpleCalls.value;
  const percent = (simple: number, total: number) => bandPercent(rules.bands, ratio(simple, total));

  const simpleAxis = simpleCallsAxis(totalCalls, policy, { index: simpleCalls, score: current });
  const describeSimple = ({ to, score: after }: Found) => {
    const figures = { calls: totalCalls, from: simpleCalls, to: to as number, score: current, scoreAfter: after, ecr: percent(to as number, totalCalls), atMost };
    return both(zhHeadroom, enHeadroom, (to as number) > simpleCalls ? "simpleCallsMore" : "simpleCallsFewer", figures);
  };
  const simple = stepLever({ path: "/ecr/simpleCalls", value: simpleCalls, unit: "call", step: 1, describe: describeSimple }, simpleCalls, simpleAxis, current, (s) => s, totalCalls > 0);

  const totalAxis = stepAxis(
    simpleCalls,
    LARGEST_AMOUNT,
    [...denominatorBreakpoints(rules.bands, simpleCalls), 1],
    (total) => ecrItem({ simpleCalls, totalCalls: total }, policy).score,
    { index: totalCalls, score: current },
  );
  const describeTotal = ({ to, score: after }: Found) => {
    const figures = { simpleCalls, from: totalCalls, to: to as number, score: current, scoreAfter: after, ecr: to === 0 ? null : percent(simpleCalls, to as number) };
    return both(zhHeadroom, enHeadroom, (to as number) > totalCalls ? "totalCallsMore" : "totalCallsFewer", figures);
  };
  const total = stepLever({ path: "/ecr/totalCalls", value: totalCalls, unit: "call", step: 1, describe: describeTotal }, totalCalls, totalAxis, current, (t) => t, false);
  return [simple, total];
}

function rateLevers(calls: EcrRate, given: number | string, current: number, policy: Policy): LeverModel[] {
  const rules = policy.ecr;
  const atMost = rules.fullScoreAtMostSimpleCalls.value;
  const rate = rateValue(calls.rate);
  const asPercent = typeof given === "string";
  // A rate is shown as a percentage of the grid: 0.1001 and "10.01%" both read "10.01%".
  const percentText = (value: Exact) => `${exactText(exactTimes(value, 100))}%`;
  const today = percentText(rate);

  // today's rate is known to score `current` when it lies on the grid
  const onGrid = gridPosition(rate, RATE_STEP);
  const known = onGrid.below === onGrid.above ? { index: onGrid.below, score: current } : undefined;
  const { simpleCalls } = calls;
  const rateAxis = stepAxis(0, RATE_GRID, numeratorBreakpoints(rules.bands, RATE_GRID), (g) => ecrItem({ rate: exactText(gridValue(g, RATE_STEP)), simpleCalls }, policy).score, known);
  const describeRate = ({ to, score: after }: Found) => {
    const value = rateValue(parseRate(to) as string); // a grid value, a valid rate
    return both(zhHeadroom, enHeadroom, "rate", { from: today, to: percentText(value), score: current, scoreAfter: after, higher: isNegative(exactMinus(rate, value)) });
  };
  const levers = [
    stepLever({ path: "/ecr/rate", value: given, unit: "rate", step: RATE_STEP, describe: describeRate }, exactTimes(rate, RATE_GRID), rateAxis, current, (g) =>
      asPercent ? `${gridValue(g, RATE_STEP * 100)}%` : gridValue(g, RATE_STEP),
    true),
  ];
  if (simpleCalls !== undefined) {
    const simpleAxis = stepAxis(0, LARGEST_AMOUNT, [atMost + 1], (s) => ecrItem({ rate: calls.rate, simpleCalls: s }, policy).score, { index: simpleCalls, score: current });
    const describeFew = ({ to, score: after }: Found) =>
      both(zhHeadroom, enHeadroom, "fewSimpleCalls", { rate: today, from: simpleCalls, to: to as number, score: current, scoreAfter: after, atMost });
    levers.push(stepLever({ path: "/ecr/simpleCalls", value: simpleCalls, unit: "call", step: 1, describe: describeFew }, simpleCalls, simpleAxis, current, (s) => s, false));
  }
  return levers;
}

/**
 * The levers of the ECR item (`calls` as the rules read it, `given` the record as the input gave it);
 * none without an ECR record (the item then scores by reading R8, and no single field can be added).
 *
 * @example ecrLevers({ simpleCalls: 9, totalCalls: 120 }, { simpleCalls: 9, totalCalls: 120 }, 15, CLOUD_DESKTOP_2024)[0].nearest(1, { kind: "change" }); // { to: 10, score: 12, units: 1 }
 */
export function ecrLevers(calls: EcrCalls | undefined, given: unknown, current: number, policy: Policy): LeverModel[] {
  if (calls === undefined) return [];
  return "rate" in calls ? rateLevers(calls, (given as { rate: number | string }).rate, current, policy) : countLevers(calls, current, policy);
}
