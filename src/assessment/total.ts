import { Decimal, roundScore } from "../numbers/exact.js";
import type { Policy } from "../policy/schema.js";
import { ITEM_KEYS, type ItemKey } from "../verdict/verdict.js";

/**
 * The quarter's total (三.1, reading R4): the exact sum of the five rounded item scores and the
 * key-event adjustment (三.2.6 "关键事件 | 加减分"), rounded like the items and not clamped, so the
 * printed items add up to the printed total.
 *
 * @example totalScore({ majorProjects: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13 }, 2, CLOUD_DESKTOP_2024); // 92.5
 */
export function totalScore(itemScores: Readonly<Record<ItemKey, number>>, adjustment: number, policy: Policy): number {
  return roundScore(Decimal.sum(adjustment, ...ITEM_KEYS.map((key) => itemScores[key])), policy);
}
