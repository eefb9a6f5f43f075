import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import type { Policy } from "../../policy/schema.js";
import { outcomeCode, outcomeLabel, SATISFACTION_OUTCOMES, type SatisfactionOutcome, type SatisfactionSurvey } from "../../rules/satisfaction.js";
import { gridPosition } from "../grid.js";
import type { Found, LeverModel } from "../lever.js";
import { itemScore } from "../linear-edges.js";
import { minus, plus, type Rational, rational } from "../rational.js";
import { stepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.2 客户满意度 (clause `3.2.2`): each survey's outcome, moved one label at a time in the
 * policy's own order, "非常满意 | 满意 | 一般 | 不满意 | 非常不满意", then "回访不通", then "再回访不通" (H2).
 * A label is scored only when a search reaches it, from the item's exact parts: "客户满意度得分
 * =所回访项目客户满意度得分之和/回访单量" over the completed surveys (R11), 25 with none (R3), less −2 per
 * "三次回访不通" and −5 per "再回访不通" (R2: replacing the −2 unless the policy adds them), floored at 0
 * and rounded (R4), as `scoreSatisfaction` computes it (the tests check the two agree). The policy's
 * arithmetic can make a later label score more (a customer not reached costs 2, one who said 非常不满意
 * pulls the mean down): the search reports what the policy gives.
 */

/** What one survey adds to the item: points and a completed survey, or a deduction. */
interface Part {
  readonly points: Rational;
  readonly completed: bigint;
  readonly deduction: Rational;
}

const NOTHING: Rational = { n: 0n, d: 1n };

function partOf(code: SatisfactionOutcome, policy: Policy): Part {
  const rules = policy.satisfaction;
  if (code === "unreachable") return { points: NOTHING, completed: 0n, deduction: rational(rules.unreachable.deduction.value) };
  if (code === "unreachable_after_reminder") {
    const after = rational(rules.unreachableAfterReminder.deduction.value);
    return { points: NOTHING, completed: 0n, deduction: rules.unreachableAfterReminder.addsToUnreachable.value ? plus(after, rational(rules.unreachable.deduction.value)) : after };
  }
  return { points: rational(rules.outcomes[code].points.value), completed: 1n, deduction: NOTHING };
}

/** The item's score with the parts of every survey summed: the mean of the completed ones (or the base without any), less the deductions. */
function scoreOfParts(points: Rational, completed: bigint, deduction: Rational, policy: Policy): number {
  const base = completed === 0n ? rational(policy.satisfaction.baseWithoutCompletedSurvey.value) : { n: points.n, d: points.d * completed };
  return itemScore(minus(base, deduction), policy);
}

/**
 * The levers of the satisfaction item, one per survey. None without surveys (the item then scores 25
 * by reading R3).
 *
 * @example satisfactionLevers([{ projectId: "MP-1", outcome: "satisfied" }], 15, CLOUD_DESKTOP_2024)[0].nearest(1, CHANGE)?.to; // "neutral"
 */
export function satisfactionLevers(surveys: readonly SatisfactionSurvey[], current: number, policy: Policy): LeverModel[] {
  const last = SATISFACTION_OUTCOMES.length - 1;
  const breakpoints = SATISFACTION_OUTCOMES.map((_, index) => index);
  const codes = surveys.map((survey) => outcomeCode(survey.outcome, policy) as SatisfactionOutcome); // validated by assessQuarter
  const partsByCode = new Map(SATISFACTION_OUTCOMES.map((code) => [code, partOf(code, policy)]));
  const parts = codes.map((code) => partsByCode.get(code) as Part);
  const sum = parts.reduce(
    (total, part) => ({ points: plus(total.points, part.points), completed: total.completed + part.completed, deduction: plus(total.deduction, part.deduction) }),
    { points: NOTHING, completed: 0n, deduction: NOTHING },
  );
  return surveys.map((survey, index): LeverModel => {
    const code = codes[index] as SatisfactionOutcome;
    const own = parts[index] as Part;
    // the other surveys' parts, and the item's score with this survey's outcome replaced
    const others = { points: minus(sum.points, own.points), completed: sum.completed - own.completed, deduction: minus(sum.deduction, own.deduction) };
    const scoreWith = (outcome: SatisfactionOutcome) => {
      const part = partsByCode.get(outcome) as Part;
      return scoreOfParts(plus(others.points, part.points), others.completed + part.completed, plus(others.deduction, part.deduction), policy);
    };
    const byLabel = survey.outcome !== code; // answer in the form the input used
    const valueOf = (at: number) => {
      const outcome = SATISFACTION_OUTCOMES[at] as SatisfactionOutcome;
      return byLabel ? outcomeLabel(outcome, policy) : outcome;
    };
    const today = SATISFACTION_OUTCOMES.indexOf(code);
    const axis = stepAxis(0, last, breakpoints, (at) => scoreWith(SATISFACTION_OUTCOMES[at] as SatisfactionOutcome), { index: today, score: current });
    const position = gridPosition(today, 1);
    return {
      item: "satisfaction",
      path: `/satisfaction/${index}/outcome`,
      value: survey.outcome,
      unit: "outcome",
      step: 1,
      nearest: (direction, target) => {
        const found = walkAxis(axis, position, direction, target, current);
        return found && { to: valueOf(found.index), score: found.score, units: Math.abs(found.index - position.below) };
      },
      describe: ({ to, score: after }: Found) => {
        const toCode = outcomeCode(to as string, policy) as SatisfactionOutcome;
        return both(zhHeadroom, enHeadroom, "outcome", {
          project: survey.projectId,
          from: code,
          to: toCode,
          fromLabel: outcomeLabel(code, policy),
          toLabel: outcomeLabel(toCode, policy),
          score: current,
          scoreAfter: after,
        });
      },
    };
  });
}
