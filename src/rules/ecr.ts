import type { EcrCalls, EcrInput } from "../input/ecr.js";
import { parseSection } from "../input/parse.js";
import { decimalFraction, ratio } from "../numbers/fraction.js";
import { bandPercent, describeBand, findBand } from "../policy/band.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { finishItem, type ItemResult } from "./item-result.js";
import { stepOf } from "./step.js";

/** The steps of this rule: each rule id with its clause and reading. */
const STEPS = {
  "ecr.not-reported": stepOf("ecr.not-reported", "3.2.4", "R8"),
  "ecr.no-calls": stepOf("ecr.no-calls", "3.2.4", "R8"),
  "ecr.few-simple-calls": stepOf("ecr.few-simple-calls", "3.2.4"),
  "ecr.band": stepOf("ecr.band", "3.2.4"),
} as const;

/**
 * 三.2.4 ECR (15 分), clause `3.2.4`: "在考核期内,H3C会考核星级合作伙伴工程师拨打400电话中简单问题的占比情况 …
 * ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分。"
 *
 *     score = 15                            if no calls (reading R8)
 *           = 15                            if simple calls ≤ 5
 *           = band(simple ÷ total)          compared with each edge exactly
 *
 * With a rate instead of counts, the "at most 5" rule applies only when the simple-call count is given
 * too. The record is checked as the composer checks it; bad input throws {@link AssessmentInputError}.
 *
 * @example scoreEcr({ simpleCalls: 6, totalCalls: 75 }).score; // 15
 * @example scoreEcr({ rate: "9.5%" }).score; // 12
 */
export function scoreEcr(calls: EcrInput | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  const rules = assertPolicy(policy);
  return ecrItem(parseSection("ecr", calls, rules), rules);
}

/**
 * {@link scoreEcr} of a checked record (`undefined`: not reported).
 *
 * @example ecrItem({ simpleCalls: 9, totalCalls: 100 }, CLOUD_DESKTOP_2024).score; // 9/100 = 9 %, 8% < x ≤ 10% → 12
 */
export function ecrItem(calls: EcrCalls | undefined, policy: Policy): ItemResult {
  const rules = policy.ecr;
  const max = rules.max.value;
  const withoutCalls = rules.scoreWithoutCalls.value;
  if (calls === undefined) {
    return finishItem(withoutCalls, max, "3.2.4", true, [STEPS["ecr.not-reported"]({ score: withoutCalls })], policy);
  }
  if ("totalCalls" in calls && calls.totalCalls === 0) {
    return finishItem(withoutCalls, max, "3.2.4", true, [STEPS["ecr.no-calls"]({ totalCalls: 0, score: withoutCalls })], policy);
  }
  const atMost = rules.fullScoreAtMostSimpleCalls.value;
  if (calls.simpleCalls !== undefined && calls.simpleCalls <= atMost) {
    return finishItem(max, max, "3.2.4", false, [STEPS["ecr.few-simple-calls"]({ simpleCalls: calls.simpleCalls, atMost, score: max })], policy);
  }
  const value = "rate" in calls ? decimalFraction(calls.rate) : ratio(calls.simpleCalls, calls.totalCalls);
  const band = findBand(rules.bands, value);
  const figures = {
    simpleCalls: calls.simpleCalls ?? null,
    totalCalls: "totalCalls" in calls ? calls.totalCalls : null,
    rate: "rate" in calls ? calls.rate : null,
    ecr: bandPercent(rules.bands, value),
    band: describeBand(band),
    points: band.points,
  };
  return finishItem(band.points, max, "3.2.4", false, [STEPS["ecr.band"](figures)], policy);
}
