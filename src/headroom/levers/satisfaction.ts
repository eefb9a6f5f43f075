import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import type { Policy } from "../../policy/schema.js";
import { outcomeCode, outcomeLabel, SATISFACTION_OUTCOMES, type SatisfactionOutcome, type SatisfactionSurvey, scoreSatisfaction } from "../../rules/satisfaction.js";
import { gridPosition } from "../grid.js";
import type { Found, LeverModel } from "../lever.js";
import { stepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.2 客户满意度 (clause `3.2.2`): each survey's outcome, moved one label at a time in the
 * policy's own order, "非常满意 | 满意 | 一般 | 不满意 | 非常不满意", then "回访不通", then "再回访不通" (H2).
 * Each label is scored by `scoreSatisfaction` itself, with the mean of 回访单量 and the deductions
 * (readings R2, R3, R11), only when a search reaches it. The policy's arithmetic can make a later label
 * score more (a customer not reached costs 2, one who said 非常不满意 pulls the mean down): the search
 * reports what the policy gives.
 */

/**
 * The levers of the satisfaction item, one per survey. None without surveys (the item then scores 25
 * by reading R3).
 *
 * @example satisfactionLevers([{ projectId: "MP-1", outcome: "satisfied" }], 15, CLOUD_DESKTOP_2024)[0].nearest(1, CHANGE)?.to; // "neutral"
 */
export function satisfactionLevers(surveys: readonly SatisfactionSurvey[], current: number, policy: Policy): LeverModel[] {
  const last = SATISFACTION_OUTCOMES.length - 1;
  const breakpoints = SATISFACTION_OUTCOMES.map((_, index) => index);
  return surveys.map((survey, index): LeverModel => {
    const code = outcomeCode(survey.outcome, policy) as SatisfactionOutcome; // validated by parseQuarter
    const byLabel = survey.outcome !== code; // answer in the form the input used
    const valueOf = (at: number) => {
      const outcome = SATISFACTION_OUTCOMES[at] as SatisfactionOutcome;
      return byLabel ? outcomeLabel(outcome, policy) : outcome;
    };
    const axis = stepAxis(0, last, breakpoints, (at) => scoreSatisfaction(surveys.map((s, j) => (j === index ? { ...s, outcome: valueOf(at) } : s)), policy).score);
    const position = gridPosition(SATISFACTION_OUTCOMES.indexOf(code), 1);
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
