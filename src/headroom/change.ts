import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import type { AssessedQuarter } from "./assessed.js";
import type { Found, LeverChange, LeverModel } from "./lever.js";

/**
 * The total after one item's score changes: today's total − the item's score + its new score. The
 * total is the sum of the rounded items and the adjustment (reading R4), each with the policy's
 * decimals, so this is a sum of whole hundredths, exact.
 *
 * @example totalAfter(92.5, 15, 12, { policy: CLOUD_DESKTOP_2024 }); // 89.5
 */
export function totalAfter(total: number, score: number, scoreAfter: number, { policy }: Pick<AssessedQuarter, "policy">): number {
  const scale = 10 ** policy.rounding.decimals.value;
  return (Math.round(total * scale) - Math.round(score * scale) + Math.round(scoreAfter * scale)) / scale;
}

/**
 * A value found along a lever as the change a partner reads: the new value, the item's and the
 * total's scores after it, and the lever's sentence followed by what it does to the total and to the
 * verdict of 四.1.
 */
export function leverChange(model: LeverModel, found: Found, context: AssessedQuarter): LeverChange {
  const { assessment, policy } = context;
  const score = assessment.items[model.item].score;
  const total = totalAfter(assessment.total, score, found.score, context);
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
