import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import type { RepOfficeField } from "../../messages/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import { type Exact, exactTimes } from "../../numbers/exact.js";
import type { Policy } from "../../policy/schema.js";
import { LARGEST_AMOUNT } from "../../rules/amounts.js";
import { type RepOfficeRecord, scoreRepOffice, simpleIssueTicketDeduction } from "../../rules/rep-office.js";
import { gridPosition, gridValue, positionUnits, unitsBetween } from "../grid.js";
import type { Found, LeverModel, LeverUnit } from "../lever.js";
import { linearNearest, linearScore } from "../linear-edges.js";
import { minus, rational, times } from "../rational.js";
import { stepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.3 代表处评分 (clause `3.2.3`): 10 minus "项目交付质量 … 酌情扣分", "无证上岗 … 每次扣减0.5分",
 * "原厂求助 … 每人天扣减0.5分", "简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分" (reading R6) and "关键事件 …
 * 酌情打分", floored at 0. Each deduction but the tickets moves the rating in a straight line (solved at
 * the rounding edges, linear-edges.ts); the tickets move it at the tiers' thresholds. A figure the
 * record leaves out is a lever at 0. The rep office's own deductions move in steps of 0.5 point (H1).
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

/** The points a figure deducts at a value. */
function deductionAt(field: RepOfficeField, value: number, policy: Policy): Exact {
  return field === "simpleIssueTickets" ? simpleIssueTicketDeduction(value, policy).deduction : exactTimes(value, perUnit(field, policy));
}

/**
 * The levers of the rep-office item, one per figure; none without a rep-office record (the item then
 * scores 10 by reading R9).
 *
 * @example repOfficeLevers({ unlicensedWorkCases: 1 }, 9.5, CLOUD_DESKTOP_2024)[1].nearest(1, CHANGE); // { to: 2, score: 9, units: 1 }
 */
export function repOfficeLevers(record: RepOfficeRecord | undefined, current: number, policy: Policy): LeverModel[] {
  if (record === undefined) return [];
  const values = Object.fromEntries(FIELDS.map(({ field }) => [field, record[field] ?? 0])) as Record<RepOfficeField, number>;
  // The rating before the floor and the rounding: 10 − the sum of the five deductions.
  const unfloored = FIELDS.reduce((value, { field }) => minus(value, rational(deductionAt(field, values[field], policy))), rational(policy.repOffice.max.value));

  return FIELDS.map(({ field, unit, step }): LeverModel => {
    const value = values[field];
    const position = gridPosition(value, step);
    const max = Math.floor(LARGEST_AMOUNT / step);
    const score = (index: number) => scoreRepOffice({ ...values, [field]: gridValue(index, step) }, policy).score;
    let nearest: LeverModel["nearest"];
    if (field === "simpleIssueTickets") {
      const tiers = policy.repOffice.simpleIssueTickets.tiers.value.map((tier) => tier.atLeast);
      const axis = stepAxis(0, max, tiers, score, { index: value, score: current });
      nearest = (direction, target) => {
        const found = walkAxis(axis, position, direction, target, current);
        return found && { to: found.index, score: found.score, units: unitsBetween(position, found.index) };
      };
    } else {
      const slope = times(rational(perUnit(field, policy)), rational(-step));
      const linear = { exact: unfloored, units: positionUnits(position), slope, position, min: 0, max };
      nearest = (direction, target) => {
        const index = linearNearest(linear, direction, target, current, policy);
        return index === null ? null : { to: gridValue(index, step), score: linearScore(linear, index, policy), units: unitsBetween(position, index) };
      };
    }
    const describe = ({ to, score: after }: Found) =>
      both(zhHeadroom, enHeadroom, "repOffice", { field, from: value, to: to as number, deduction: Number(deductionAt(field, to as number, policy)), score: current, scoreAfter: after });
    return { item: "repOffice", path: `/repOffice/${field}`, value, unit, step, nearest, describe };
  });
}
