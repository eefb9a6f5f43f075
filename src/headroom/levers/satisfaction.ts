import { OUTCOME_CODES, outcomeLabel, type SatisfactionSurvey } from "../../input/satisfaction.js";
import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import type { OutcomeCode } from "../../messages/steps.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import type { Policy } from "../../policy/schema.js";
import { satisfactionItem } from "../../rules/satisfaction.js";
import { gridPosition } from "../grid.js";
import type { Found, LeverModel } from "../lever.js";
import { stepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.2 客户满意度 (clause `3.2.2`): each survey's outcome, moved one label at a time in the
 * policy's own order, "非常满意 | 满意 | 一般 | 不满意 | 非常不满意", then "回访不通", then "再回访不通" (H2).
 * A label is scored only when a search reaches it, by the rule itself (`satisfactionItem`) on the
 * surveys with that outcome: "客户满意度得分 =所回访项目客户满意度得分之和/回访单量" over the completed
 * surveys (R11), 25 with none (R3), less −2 per "三次回访不通" and −5 per "再回访不通" (R2), floored at 0
 * and rounded (R4). The policy's arithmetic can make a later label score more (a customer not reached
 * costs 2, one who said 非常不满意 pulls the mean down): the search reports what the policy gives.
 */

const LAST = OUTCOME_CODES.length - 1;
const EVERY_LABEL = OUTCOME_CODES.map((_, index) => index);

/**
 * The levers of the satisfaction item, one per survey (`surveys` as the rules read them, `given` the
 * outcomes as the input gave them: a Chinese label is answered with a label, a code with a code). None
 * without surveys (the item then scores 25 by reading R3).
 *
 * @example satisfactionLevers([{ projectId: "MP-1", outcome: "satisfied" }], ["satisfied"], 15, CLOUD_DESKTOP_2024)[0].nearest(1, { kind: "change" })?.to; // "neutral"
 */
export function satisfactionLevers(surveys: readonly SatisfactionSurvey[], given: readonly unknown[], current: number, policy: Policy): LeverModel[] {
  return surveys.map((survey, index): LeverModel => {
    const code = survey.outcome;
    const value = given[index] as string; // the outcome as given: its code or the policy's label
    // the rule's score of the surveys with this one's outcome replaced, built with the same keys each time
    const scoreWith = (outcome: OutcomeCode) => satisfactionItem(surveys.map((other, j) => (j === index ? { projectId: other.projectId, outcome } : other)), policy).score;
    const valueOf = (at: number) => {
      const outcome = OUTCOME_CODES[at] as OutcomeCode;
      return value === code ? outcome : outcomeLabel(outcome, policy);
    };
    const today = OUTCOME_CODES.indexOf(code);
    const axis = stepAxis(0, LAST, EVERY_LABEL, (at) => scoreWith(OUTCOME_CODES[at] as OutcomeCode), { index: today, score: current });
    const position = gridPosition(today, 1);
    return {
      item: "satisfaction",
      path: `/satisfaction/${index}/outcome`,
      value,
      unit: "outcome",
      step: 1,
      nearest: (direction, target) => {
        const found = walkAxis(axis, position, direction, target, current);
        return found && { to: valueOf(found.index), score: found.score, units: Math.abs(found.index - position.below) };
      },
      describe: ({ to, score: after }: Found) => {
        const toCode = OUTCOME_CODES.find((outcome) => outcome === to || outcomeLabel(outcome, policy) === to) as OutcomeCode;
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
