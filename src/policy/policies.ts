import { type QuarterId, quarterEnd } from "../dates/quarter.js";
import { CLOUD_DESKTOP_2024 } from "./cloud-desktop-2024.js";
import type { Policy } from "./schema.js";

/** Every policy the library ships, oldest first. A new policy year is one more entry. */
export const POLICIES: readonly Policy[] = [CLOUD_DESKTOP_2024];

/**
 * Whether a policy applies to a quarter: it is in force on the quarter's last day, when H3C assesses
 * (四.1 "H3C在每个季度(3月、6月、9月、12月)会对星级认证有效期内的所有渠道严格执行考核"; reading R12).
 *
 * @example appliesTo(CLOUD_DESKTOP_2024, "2024-Q1"); // false
 * @example appliesTo(CLOUD_DESKTOP_2024, "2024-Q2"); // true
 */
export function appliesTo(policy: Policy, quarter: QuarterId): boolean {
  return policy.effectiveFrom.value <= quarterEnd(quarter);
}

/**
 * The latest shipped policy that applies to a quarter, or undefined.
 *
 * @example findPolicy("2024-Q2")?.id; // "cloud-desktop-2024"
 * @example findPolicy("2024-Q1"); // undefined
 */
export function findPolicy(quarter: QuarterId): Policy | undefined {
  return POLICIES.findLast((policy) => appliesTo(policy, quarter));
}
