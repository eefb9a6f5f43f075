import { ITEM_NAMES } from "../messages/reasons.js";
import { totalScore } from "../assessment/total.js";
import { exact, roundScore } from "../numbers/exact.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { ItemKey } from "../verdict/verdict.js";
import { fail, type Param } from "./arguments.js";
import { optionalNumber, requiredNumber } from "./cells.js";
import { sheetMessages } from "../messages/sheets.js";

/** The item-score arguments of STAR_TOTAL and STAR_VERDICT, in the policy's order, and the item each one is. */
const ITEM_ARGUMENTS = [
  ["major", "majorProjects"],
  ["satisfaction", "satisfaction"],
  ["repOffice", "repOffice"],
  ["ecr", "ecr"],
  ["training", "training"],
] as const satisfies readonly (readonly [string, ItemKey])[];

/** What STAR_TOTAL and STAR_VERDICT are given: one cell per item score, and the optional adjustment. */
export type ItemCells = Readonly<Record<(typeof ITEM_ARGUMENTS)[number][0] | "adjustment", unknown>>;

/** The item scores as the policy rounds them (reading R4) and the total they make. */
export interface SheetTotal {
  readonly itemScores: Readonly<Record<ItemKey, number>>;
  readonly total: number;
}

/**
 * 三.1 "季度考核指标" with reading R4: each item is rounded to the policy's decimals, half up, and the
 * total is the exact sum of the rounded items plus the key-event adjustment (三.2.6 "关键事件 | 加减分"),
 * rounded the same way and not clamped: {@link totalScore}, as in `assessQuarter`.
 *
 * Each item score must be a number from 0 to the item's maximum in the policy (三.1: 30, 25, 10, 15,
 * 20); the adjustment, if given, any finite number. Anything else is an error naming the argument.
 *
 * @example sheetTotal("STAR_TOTAL", { major: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13, adjustment: 2 }).total;
 * // 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5
 */
export function sheetTotal(fn: string, cells: ItemCells): SheetTotal {
  const policy = CLOUD_DESKTOP_2024;
  const itemScores = {} as Record<ItemKey, number>;
  for (const [name, item] of ITEM_ARGUMENTS) {
    const param: Param = { fn, name, zh: ITEM_NAMES[item].zh };
    const score = requiredNumber(param, cells[name]);
    const max = policy[item].max.value;
    if (!(Number.isFinite(score) && score >= 0 && score <= max)) fail({ param }, sheetMessages.notItemScore(String(score), max));
    itemScores[item] = roundScore(exact(score), policy);
  }
  const adjustmentParam: Param = { fn, name: "adjustment", zh: "关键事件加减分" };
  const adjustment = optionalNumber(adjustmentParam, cells.adjustment) ?? 0;
  if (!Number.isFinite(adjustment)) fail({ param: adjustmentParam }, sheetMessages.notAdjustment(String(adjustment)));
  return { itemScores, total: totalScore(itemScores, roundScore(exact(adjustment), policy), policy) };
}
