import { parseWith } from "../input/parse.js";
import { ITEMS, type ItemKey } from "../items.js";
import { exactSum, roundHalfUp } from "../numbers/exact.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { totalPartsSchema } from "../verdict/facts.js";

/**
 * The quarter's total (三.1 "季度考核指标"; reading R4): each item score and the key-event adjustment
 * (三.2.7 "关键事件 | 加减分") rounded to the policy's decimals, half up, then added exactly. Not clamped,
 * so the printed items add up to the printed total.
 *
 * @example totalOf({ majorProjects: 16.666, satisfaction: 16.666, repOffice: 0, ecr: 0, training: 0 }, 0, CLOUD_DESKTOP_2024); // 16.67 + 16.67 = 33.34
 */
export function totalOf(itemScores: Readonly<Record<ItemKey, number>>, adjustment: number, policy: Policy): number {
  const decimals = policy.rounding.decimals.value;
  const parts = [...ITEMS.map((item) => roundHalfUp(itemScores[item.key], decimals)), roundHalfUp(adjustment, decimals)];
  return roundHalfUp(exactSum(parts), decimals);
}

/**
 * {@link totalOf} from item scores a caller holds (a spreadsheet's), checked first: each item score
 * from 0 to its maximum (30, 25, 10, 15, 20), the adjustment any finite number.
 *
 * @example quarterTotal({ itemScores: { majorProjects: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13 }, adjustment: 2 }); // 92.5
 */
export function quarterTotal(parts: unknown, policy: Policy = CLOUD_DESKTOP_2024): number {
  const rules = assertPolicy(policy);
  const { itemScores, adjustment } = parseWith(totalPartsSchema(rules), parts);
  return totalOf(itemScores, adjustment ?? 0, rules);
}
