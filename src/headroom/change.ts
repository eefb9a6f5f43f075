import type { ItemKey } from "../items.js";
import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import { exactSum, roundHalfUp } from "../numbers/exact.js";
import type { AssessedQuarter } from "./assessed.js";
import type { Found, LeverChange, LeverModel } from "./lever.js";

/**
 * The total after one item's score changes: the composer's total (`totalOf`, 三.1 and reading R4) less
 * the item's score, plus its new score. Every part of the total is rounded to the policy's decimals,
 * so this is exact and the same as adding the parts again (which costs about a tenth of `headroom`'s
 * time on a full quarter).
 *
 * @example totalAfter(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 120 } }), "ecr", 12, CLOUD_DESKTOP_2024); // 100 − 15 + 12 = 97
 */
export function totalAfter(assessment: AssessedQuarter["assessment"], item: ItemKey, scoreAfter: number, policy: AssessedQuarter["policy"]): number {
  return roundHalfUp(exactSum([assessment.total, -assessment.items[item].score, scoreAfter]), policy.rounding.decimals.value);
}

/**
 * A value found along a lever as the change a partner reads: the new value, the item's and the
 * total's scores after it, and the lever's sentence followed by what it does to the total and to the
 * verdict of 四.1.
 */
export function leverChange(model: LeverModel, found: Found, context: AssessedQuarter): LeverChange {
  const { assessment, policy } = context;
  const score = assessment.items[model.item].score;
  const total = totalAfter(assessment, model.item, found.score, policy);
  const threshold = policy.verdict.passThreshold.value;
  const after = both(zhHeadroom, enHeadroom, "after", {
    totalAfter: total,
    threshold,
    itemZero: found.score === 0,
    wasItemZero: score === 0,
    belowThreshold: total < threshold,
    wasBelowThreshold: assessment.total < threshold,
  });
  const lever = model.describe(found);
  const message: Bilingual = { zh: `${lever.zh};${after.zh}`, en: `${lever.en}; ${after.en}` };
  return { to: found.to, scoreAfter: found.score, totalAfter: total, message };
}
