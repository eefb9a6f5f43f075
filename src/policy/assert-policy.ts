import { deepFreeze, isDeepFrozen } from "./deep-freeze.js";
import { type Policy, PolicySchema } from "./schema.js";

/** One problem of a policy object: where it is and what is wrong. */
export interface PolicyProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Thrown when a policy object is invalid: a programming error, not an input error. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  readonly issues: readonly PolicyProblem[];
  constructor(issues: readonly PolicyProblem[]) {
    super(`Invalid policy object:\n${issues.map((issue) => `- /${issue.path.join("/")}: ${issue.message}`).join("\n")}`);
    this.issues = issues;
  }
}

// Policies already validated. Only deep-frozen objects go in, so none can change after its check.
const validated = new WeakSet<object>();

/**
 * Validates a policy object (bands without gaps or overlaps, every value with its clause) and returns
 * it deep-frozen: the object itself when it is deep-frozen already, else a frozen copy (the caller's
 * object is never changed). A policy is checked once: passing the same frozen policy again costs a
 * lookup. Throws {@link PolicyError} listing every problem.
 *
 * @example assertPolicy(CLOUD_DESKTOP_2024) === CLOUD_DESKTOP_2024; // true
 * @example Object.isFrozen(assertPolicy(structuredClone(CLOUD_DESKTOP_2024))); // true
 */
export function assertPolicy(policy: unknown): Policy {
  if (typeof policy === "object" && policy !== null && validated.has(policy)) return policy as Policy;
  const checked = PolicySchema.safeParse(policy);
  if (!checked.success) {
    throw new PolicyError(checked.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)), message: issue.message })));
  }
  const frozen = isDeepFrozen(policy) ? (policy as Policy) : deepFreeze(structuredClone(policy) as Policy);
  validated.add(frozen);
  return frozen;
}
