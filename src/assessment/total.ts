import type { Policy } from "../policy/schema.js";
import { ITEM_KEYS, type ItemKey } from "../verdict/verdict.js";
import { roundScore, Decimal } from "../numbers/exact.js";

/**
 * The quarter's total (三.1, reading R4): the exact sum of the five rounded item scores and the
 * key-event adjustment (三.2.6 "关键事件 | 加减分"), rounded like the items and not clamped, so the
 * printed items add up to the printed total.
 *
 * The parts are already rounded to the policy's decimals, so the sum is done in whole hundredths
 * (exact integers) and divided once, which gives the same number as decimal.js; a part with more
 * decimals (a caller's own adjustment) goes through decimal.js.
 *
 * @example totalScore({ majorProjects: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13 }, 2, CLOUD_DESKTOP_2024); // 92.5
 */
export function totalScore(itemScores: Readonly<Record<ItemKey, number>>, adjustment: number, policy: Policy): number {
  const parts = [adjustment, ...ITEM_KEYS.map((key) => itemScores[key])];
  const scale = 10 ** policy.rounding.decimals.value;
  let units = 0;
  for (const part of parts) {
    const scaled = Math.round(part * scale);
    // Exact when the part has at most the policy's decimals: scaled / scale is then the part itself.
    if (scaled / scale !== part || !Number.isSafeInteger(scaled)) return roundScore(Decimal.sum(...parts), policy);
    units += scaled;
  }
  const total = units / scale; // one correctly rounded division of exact integers: the nearest number
  return total === 0 ? 0 : total;
}
