import type { ItemKey } from "../items.js";
import type { AssessedQuarter } from "./assessed.js";
import type { LeverModel } from "./lever.js";
import { ecrLevers } from "./levers/ecr.js";
import { majorProjectLevers } from "./levers/major-projects.js";
import { repOfficeLevers } from "./levers/rep-office.js";
import { satisfactionLevers } from "./levers/satisfaction.js";
import { trainingLevers } from "./levers/training.js";

/** A section of the input as the caller gave it (what a lever reports its value in). */
function givenSection(given: unknown, key: string): unknown {
  return typeof given === "object" && given !== null ? (given as Record<string, unknown>)[key] : undefined;
}

/**
 * The levers of each item of an assessed quarter (docs/headroom.md): the input values its score depends
 * on, in the input's order. A section the input leaves out has none (docs/interpretations.md, H4).
 *
 * @example itemLevers({ given: {}, quarter: parseQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 120 } }).input, policy: CLOUD_DESKTOP_2024, assessment: assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 120 } }) }).ecr.map((lever) => lever.path); // ["/ecr/simpleCalls", "/ecr/totalCalls"]
 */
export function itemLevers({ given, quarter, policy, assessment }: AssessedQuarter): Record<ItemKey, readonly LeverModel[]> {
  const score = (item: ItemKey) => assessment.items[item].score;
  const outcomes = ((givenSection(given, "satisfaction") ?? []) as readonly { outcome?: unknown }[]).map((survey) => survey.outcome);
  return {
    majorProjects: majorProjectLevers(quarter.majorProjects ?? [], score("majorProjects"), policy),
    satisfaction: satisfactionLevers(quarter.satisfaction ?? [], outcomes, score("satisfaction"), policy),
    repOffice: repOfficeLevers(quarter.repOffice, score("repOffice"), policy),
    ecr: ecrLevers(quarter.ecr, givenSection(given, "ecr"), score("ecr"), policy),
    training: trainingLevers(quarter.training, score("training"), policy),
  };
}
