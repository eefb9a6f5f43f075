import { LARGEST_AMOUNT } from "../../input/fields.js";
import type { RepOfficeRecord } from "../../input/rep-office.js";
import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import type { RepOfficeField } from "../../messages/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import { type Exact, exactTimes } from "../../numbers/exact.js";
import type { Policy } from "../../policy/schema.js";
import { repOfficeItem, simpleIssueTicketDeduction } from "../../rules/rep-office.js";
import { exactFigure } from "../exact-figure.js";
import { gridPosition, gridValue, numberOf, positionUnits, unitsBetween } from "../grid.js";
import type { Found, LeverModel, LeverUnit } from "../lever.js";
import { linearNearest } from "../linear-edges.js";
import { stepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.3 代表处评分 (clause `3.2.3`): 10 minus "项目交付质量 … 酌情扣分", "无证上岗 … 每次扣减0.5分",
 * "原厂求助 … 每人天扣减0.5分", "简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分" (reading R6) and "关键事件 …
 * 酌情打分", floored at 0. Each deduction but the tickets moves the rating in a straight line (solved at
 * the rounding edges, linear-edges.ts, from the rule's own unfloored result); the tickets move it at
 * the tiers' thresholds. Every score reported is the rule's (`repOfficeItem`) on the changed record. A
 * figure the record leaves out is a lever at 0. The rep office's own deductions move in steps of 0.5
 * point (H1).
 */

/** Each figure of the record: its unit and the size of one step of it. */
const FIELDS: readonly { field: RepOfficeField; unit: LeverUnit; step: number }[] = [
  { field: "deliveryQualityDeduction", unit: "point", step: 0.5 },
  { field: "unlicensedWorkCases", unit: "case", step: 1 },
  { field: "vendorAssistPersonDays", unit: "person-day", step: 0.5 },
  { field: "simpleIssueTickets", unit: "ticket", step: 1 },
  { field: "keyEventDeduction", unit: "point", step: 0.5 },
];

/** The points one unit of a figure deducts (the tickets deduct by tier, not per unit). */
function perUnit(field: RepOfficeField, policy: Policy): number {
  if (field === "unlicensedWorkCases") return policy.repOffice.unlicensedWorkPerCase.value;
  if (field === "vendorAssistPersonDays") return policy.repOffice.vendorAssistPerPersonDay.value;
  return 1; // the rep office's own deductions are points
}

/** The points a figure deducts at a value (三.2.3's own figures: per case, per person-day, the ticket tier). */
function deductionAt(field: RepOfficeField, value: number, policy: Policy): Exact {
  return field === "simpleIssueTickets" ? simpleIssueTicketDeduction(value, policy).deduction : exactTimes(value, perUnit(field, policy));
}

/**
 * The rating before the floor and the rounding, 10 − the deductions, as the rule computed it (its
 * `rep-office.result` step).
 */
function unflooredRating(record: RepOfficeRecord, policy: Policy): Exact {
  const result = repOfficeItem(record, policy).steps.find((step) => step.rule === "rep-office.result");
  return result?.rule === "rep-office.result" ? exactFigure(result.figures.result) : policy.repOffice.max.value;
}

/**
 * The levers of the rep-office item, one per figure; none without a rep-office record (the item then
 * scores 10 by reading R9).
 *
 * @example repOfficeLevers({ unlicensedWorkCases: 1 }, 9.5, CLOUD_DESKTOP_2024)[1].nearest(1, { kind: "change" }); // { to: 2, score: 9, units: 1 }
 */
export function repOfficeLevers(record: RepOfficeRecord | undefined, current: number, policy: Policy): LeverModel[] {
  if (record === undefined) return [];
  const values = Object.fromEntries(FIELDS.map(({ field }) => [field, record[field] ?? 0])) as Record<RepOfficeField, number>;
  const unfloored = unflooredRating(values, policy);

  return FIELDS.map(({ field, unit, step }): LeverModel => {
    const value = values[field];
    const position = gridPosition(value, step);
    const max = Math.floor(LARGEST_AMOUNT / step);
    // the rule's score of the record with this figure at a grid index, built with the same keys each time
    const score = (index: number) => repOfficeItem({ ...values, [field]: gridValue(index, step) }, policy).score;
    let nearest: LeverModel["nearest"];
    if (field === "simpleIssueTickets") {
      const tiers = policy.repOffice.simpleIssueTickets.tiers.value.map((tier) => tier.atLeast);
      const axis = stepAxis(0, max, tiers, score, { index: value, score: current });
      nearest = (direction, target) => {
        const found = walkAxis(axis, position, direction, target, current);
        return found && { to: found.index, score: found.score, units: unitsBetween(position, found.index) };
      };
    } else {
      const slope = exactTimes(perUnit(field, policy), -step);
      const linear = { exact: unfloored, units: positionUnits(position), slope, position, min: 0, max };
      nearest = (direction, target) => {
        const index = linearNearest(linear, direction, target, current, policy);
        return index === null ? null : { to: gridValue(index, step), score: score(index), units: unitsBetween(position, index) };
      };
    }
    const describe = ({ to, score: after }: Found) =>
      both(zhHeadroom, enHeadroom, "repOffice", { field, from: value, to: to as number, deduction: numberOf(deductionAt(field, to as number, policy)), score: current, scoreAfter: after });
    return { item: "repOffice", path: `/repOffice/${field}`, value, unit, step, nearest, describe };
  });
}
