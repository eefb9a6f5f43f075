import { CLOUD_DESKTOP_2024, type Policy, type PolicyInput } from "../../src/index.js";

/**
 * Policies for the tests: a writable copy of the shipped 2024 policy with one change, as a policy
 * author would write a new policy object (docs/policy.md). The copy is plain data, not frozen: a rule given
 * it validates it and works on its own frozen copy (`assertPolicy`).
 */

/** A policy as plain, writable data (the shipped object is deep-frozen). */
export type WritablePolicy = PolicyInput;

/** A fresh, writable copy of the 2024 policy. */
export const writablePolicy = (): WritablePolicy => structuredClone(CLOUD_DESKTOP_2024) as unknown as WritablePolicy;

/** The 2024 policy with one change, e.g. `policyWith((p) => (p.rounding.decimals.value = 1))`. */
export function policyWith(change: (policy: WritablePolicy) => void): Policy {
  const policy = writablePolicy();
  change(policy);
  return policy as unknown as Policy;
}

/** A band edge as a policy writes it. */
export const edge = (at: string, inclusive: boolean) => ({ at, inclusive });
