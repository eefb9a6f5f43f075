import type { QuarterInput } from "./input/quarter.js";
import type { Bilingual } from "./messages/bilingual.js";
import type { ClauseId } from "./policy/clauses.js";
import type { Policy } from "./policy/schema.js";
import { ecrItem } from "./rules/ecr.js";
import type { ItemResult } from "./rules/item-result.js";
import { majorProjectsItem } from "./rules/major-projects.js";
import { repOfficeItem } from "./rules/rep-office.js";
import { satisfactionItem } from "./rules/satisfaction.js";
import { trainingItem } from "./rules/training.js";

/**
 * The five scored items of 三.1 ("季度考核指标"), in the policy's order, listed once: the composer,
 * the verdict (四.1.a names them), the output schema, batch columns, score cards and spreadsheet
 * functions all read this list. An item's key names its input section and its policy section
 * (`input.ecr`, `policy.ecr`). Key events (三.2.6) adjust the total and are not an item.
 */
export const ITEMS = [
  { key: "majorProjects", clause: "3.2.1", name: { zh: "H3C重大项目交付考核", en: "major-project delivery" }, score: (input: QuarterInput, policy: Policy) => majorProjectsItem(input.majorProjects, policy) },
  { key: "satisfaction", clause: "3.2.2", name: { zh: "客户满意度", en: "customer satisfaction" }, score: (input: QuarterInput, policy: Policy) => satisfactionItem(input.satisfaction, policy) },
  { key: "repOffice", clause: "3.2.3", name: { zh: "代表处评分", en: "rep-office rating" }, score: (input: QuarterInput, policy: Policy) => repOfficeItem(input.repOffice, policy) },
  { key: "ecr", clause: "3.2.4", name: { zh: "ECR(简单问题占比)", en: "ECR (simple-question ratio)" }, score: (input: QuarterInput, policy: Policy) => ecrItem(input.ecr, policy) },
  { key: "training", clause: "3.2.5", name: { zh: "培训参与率", en: "training participation" }, score: (input: QuarterInput, policy: Policy) => trainingItem(input.training, policy) },
] as const satisfies readonly {
  readonly key: keyof Policy & keyof QuarterInput;
  readonly clause: ClauseId;
  readonly name: Bilingual;
  readonly score: (input: QuarterInput, policy: Policy) => ItemResult;
}[];

/** One of the five items. */
export type Item = (typeof ITEMS)[number];
/** An item's key: `majorProjects`, `satisfaction`, `repOffice`, `ecr`, `training`. */
export type ItemKey = Item["key"];
/** The item keys, in the policy's order. */
export const ITEM_KEYS: readonly ItemKey[] = ITEMS.map((item) => item.key);

/**
 * An item's maximum under a policy (三.1: 30, 25, 10, 15, 20).
 *
 * @example itemMax("ecr", CLOUD_DESKTOP_2024); // 15
 */
export function itemMax(key: ItemKey, policy: Policy): number {
  return policy[key].max.value;
}

/**
 * An item by its key.
 *
 * @example itemOf("repOffice").clause; // "3.2.3"
 */
export function itemOf(key: ItemKey): Item {
  return ITEMS.find((item) => item.key === key) as Item;
}
