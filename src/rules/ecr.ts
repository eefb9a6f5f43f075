import { type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { ecrMessages } from "../messages/steps.js";
import { type Decimal, exact } from "../numbers/exact.js";
import { decimalFraction, percentText, ratio } from "../numbers/fraction.js";
import { describeBand, findBand } from "../policy/band.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { amountIssues } from "./amounts.js";
import { type Figure, finishItem, type ItemResult, type Step } from "./item-result.js";

/** The quarter's 400-hotline calls by counts. */
export interface EcrCounts {
  readonly simpleCalls: number;
  readonly totalCalls: number;
}

/** The quarter's ECR as a rate (0.095 or "9.5%"), with the simple-call count where known. */
export interface EcrRate {
  readonly rate: number | string;
  readonly simpleCalls?: number | undefined;
}

/** ECR input: counts, or a rate. */
export type EcrCalls = EcrCounts | EcrRate;

const PERCENT_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/**
 * A rate as an exact decimal between 0 and 1: a number (0.095) or a percentage string ("9.5%").
 * Undefined for anything else, including a string without "%" (is "9.5" 9.5 % or 950 %?).
 *
 * @example parseRate("9.5%")?.toString(); // "0.095"
 */
export function parseRate(rate: number | string): Decimal | undefined {
  let value: Decimal | undefined;
  if (typeof rate === "number") value = Number.isFinite(rate) ? exact(rate) : undefined;
  else {
    const match = PERCENT_PATTERN.exec(rate);
    value = match?.[1] === undefined ? undefined : exact(match[1]).dividedBy(100);
  }
  return value !== undefined && value.greaterThanOrEqualTo(0) && value.lessThanOrEqualTo(1) ? value : undefined;
}

/**
 * What {@link scoreEcr} cannot score: counts that are not whole numbers ≥ 0, more simple calls than
 * calls, a rate outside 0 … 1.
 *
 * @example ecrIssues({ simpleCalls: 9, totalCalls: 5 })[0].code; // "SIMPLE_ABOVE_TOTAL"
 */
export function ecrIssues(calls: EcrCalls): IssueDraft[] {
  if ("rate" in calls) {
    const issues = amountIssues([[calls.simpleCalls, ["simpleCalls"], "whole"]]);
    if (parseRate(calls.rate) === undefined) issues.push({ path: ["rate"], code: "NOT_RATE", message: inputMessages.notRate(calls.rate) });
    return issues;
  }
  const issues = amountIssues([
    [calls.simpleCalls, ["simpleCalls"], "whole"],
    [calls.totalCalls, ["totalCalls"], "whole"],
  ]);
  if (issues.length === 0 && calls.simpleCalls > calls.totalCalls) {
    issues.push({ path: ["simpleCalls"], code: "SIMPLE_ABOVE_TOTAL", message: inputMessages.simpleAboveTotal(calls.simpleCalls, calls.totalCalls) });
  }
  return issues;
}

/**
 * 三.2.4 ECR (15 分), clause `3.2.4`: "在考核期内,H3C会考核星级合作伙伴工程师拨打400电话中简单问题的占比情况 …
 * ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分。"
 *
 * ECR = simple calls ÷ all calls, compared with each band edge exactly (6 of 75 is exactly 8 % → 15).
 * At most 5 simple calls → 15 whatever the ratio; with a rate input only when the count is given too.
 * No calls at all (or no record): 15, not applicable (reading R8).
 *
 * @example scoreEcr({ simpleCalls: 6, totalCalls: 75 }).score; // 6/75 = 8 % exactly, "ECR≤8%" → 15
 * @example scoreEcr({ rate: "9.5%" }).score; // 8 % < 9.5 % ≤ 10 % → 12
 */
export function scoreEcr(calls: EcrCalls | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  if (calls !== undefined) throwIfAny(ecrIssues(calls));
  return scoreValidEcr(calls, policy);
}

/** {@link scoreEcr} for input that {@link ecrIssues} has passed (the composer's schema runs the same checks). */
export function scoreValidEcr(calls: EcrCalls | undefined, policy: Policy): ItemResult {
  const rules = policy.ecr;
  const max = rules.max.value;
  if (calls === undefined || ("totalCalls" in calls && calls.totalCalls === 0)) {
    const score = rules.scoreWithoutCalls.value;
    const step: Step = { rule: "ecr.no-calls", clause: "3.2.4", reading: "R8", message: ecrMessages.noCalls(score), figures: { totalCalls: 0 } };
    return finishItem(score, { max, clause: "3.2.4", notApplicable: true, steps: [step] }, policy);
  }

  const atMost = rules.fullScoreAtMostSimpleCalls.value;
  if (calls.simpleCalls !== undefined && calls.simpleCalls <= atMost) {
    const step: Step = {
      rule: "ecr.few-simple-calls",
      clause: "3.2.4",
      message: ecrMessages.fewSimpleCalls(calls.simpleCalls, atMost, max),
      figures: { simpleCalls: calls.simpleCalls, atMost },
    };
    return finishItem(max, { max, clause: "3.2.4", notApplicable: false, steps: [step] }, policy);
  }

  const counts = "rate" in calls ? null : calls;
  const rate = "rate" in calls ? (parseRate(calls.rate) as Decimal).toFixed() : null; // ecrIssues has checked it
  const value = counts === null ? decimalFraction(rate as string) : ratio(counts.simpleCalls, counts.totalCalls);
  const band = findBand(rules.bands, value);
  const ecr = percentText(value);
  const range = describeBand(band);
  const figures: Record<string, Figure> =
    counts === null
      ? { rate, simpleCalls: calls.simpleCalls ?? null, ecr, band: range, points: band.points }
      : { simpleCalls: counts.simpleCalls, totalCalls: counts.totalCalls, ecr, band: range, points: band.points };
  const step: Step = { rule: "ecr.band", clause: "3.2.4", message: ecrMessages.ratio(ecr, range, band.points), figures };
  return finishItem(band.points, { max, clause: "3.2.4", notApplicable: false, steps: [step] }, policy);
}
