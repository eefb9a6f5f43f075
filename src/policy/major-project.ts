import { CLOUD_DESKTOP_2024 } from "./cloud-desktop-2024.js";
import type { Policy } from "./schema.js";

/**
 * Whether a project meets 二.3.7's definition of a major project: "WorkSpace、LearningSpace |
 * 点数≥200" (product names compared without regard to case: the policy itself writes both
 * "LearningSpace" and "Learningspace").
 *
 * @example isMajorProject({ product: "WorkSpace", seats: 200 }); // true
 * @example isMajorProject({ product: "learningspace", seats: 199 }); // false
 */
export function isMajorProject(project: { readonly product: string; readonly seats: number }, policy: Policy = CLOUD_DESKTOP_2024): boolean {
  const { products, minSeats } = policy.majorProjects.definition;
  if (!(project.seats >= minSeats.value)) return false;
  let names = lowerCaseProducts.get(products.value);
  if (names === undefined) {
    // The policy's spellings and their lower case: a product written as the policy writes it is found without a new string.
    names = new Set([...products.value, ...products.value.map((name) => name.toLowerCase())]);
    lowerCaseProducts.set(products.value, names);
  }
  return names.has(project.product) || names.has(project.product.toLowerCase());
}

// The products of a (deep-frozen) policy in lower case, read once per policy: no observable state.
const lowerCaseProducts = new WeakMap<readonly string[], ReadonlySet<string>>();
