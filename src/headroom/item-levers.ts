import type { ItemKey } from "../verdict/verdict.js";
import type { AssessedQuarter } from "./assessed.js";
import type { LeverModel } from "./lever.js";
import { ecrLevers } from "./levers/ecr.js";
import { majorProjectLevers } from "./levers/major-projects.js";
import { repOfficeLevers } from "./levers/rep-office.js";
import { satisfactionLevers } from "./levers/satisfaction.js";
import { trainingLevers } from "./levers/training.js";

/**
 * The levers of each item of an assessed quarter: the input values its score depends on (SPEC §8),
 * in the input's order. A section the input leaves out has none (docs/interpretations.md, H4).
 *
 * @example itemLevers(assessed({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 120 } })).ecr.map((lever) => lever.path); // ["/ecr/simpleCalls", "/ecr/totalCalls"]
 */
export function itemLevers({ quarter, policy, assessment }: AssessedQuarter): Record<ItemKey, readonly LeverModel[]> {
  const score = (item: ItemKey) => assessment.items[item].score;
  return {
    majorProjects: majorProjectLevers(quarter.majorProjects ?? [], score("majorProjects"), policy),
    satisfaction: satisfactionLevers(quarter.satisfaction ?? [], score("satisfaction"), policy),
    repOffice: repOfficeLevers(quarter.repOffice, score("repOffice"), policy),
    ecr: ecrLevers(quarter.ecr, score("ecr"), policy),
    training: trainingLevers(quarter.training, score("training"), policy),
  };
}
