import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import type { QuarterId } from "../dates/quarter.js";
import { ITEM_KEYS, ITEMS, type ItemKey, itemOf } from "../items.js";
import { exactMinus, exactSum, isNegative, roundHalfUp } from "../numbers/exact.js";
import type { ClauseId } from "../policy/clauses.js";
import type { Reason } from "../verdict/verdict.js";
import { type AssessedQuarter, assessed, type HeadroomOptions } from "./assessed.js";
import { leverChange } from "./change.js";
import { itemLevers } from "./item-levers.js";
import type { Found, LeverModel, LeverUnit, LeverValue } from "./lever.js";
import type { Target } from "./target.js";

/** One change of one input value that removes a reason of the verdict on its own. */
export interface PassChange {
  readonly item: ItemKey;
  readonly path: string;
  readonly from: LeverValue;
  readonly to: LeverValue;
  readonly unit: LeverUnit;
  /** How many units the value moves (days for a date, label steps for an outcome, 1 to submit a missing report; H5). */
  readonly cost: number;
  readonly scoreAfter: number;
  readonly totalAfter: number;
  /** Whether the verdict would still downgrade after this change alone (another reason remains). */
  readonly downgradeAfter: boolean;
  readonly message: Bilingual;
}

/** A reason of the verdict and the single changes that remove it (none for a reason scores cannot remove). */
export interface PassReason {
  readonly code: Reason["code"];
  readonly clause: ClauseId;
  /** The item at 0, for ITEM_ZERO. */
  readonly item?: ItemKey;
  /** The event, for MAJOR_KEY_EVENT. */
  readonly eventId?: string;
  /** True for the reasons of 四.1 (ITEM_ZERO, TOTAL_BELOW_THRESHOLD); false for those no score removes. */
  readonly byScores: boolean;
  /** Cheapest first. */
  readonly changes: readonly PassChange[];
  readonly message: Bilingual;
}

/** What {@link toPass} gives. */
export interface ToPass {
  readonly partnerId: string;
  readonly quarter: QuarterId;
  readonly downgrade: boolean;
  readonly total: number;
  readonly threshold: number;
  readonly reasons: readonly PassReason[];
  readonly message: Bilingual;
}

/**
 * The cheaper of a lever's two directions towards a target (a tie goes to the smaller value, or the
 * better outcome label), as the change a partner reads.
 */
function cheapest(model: LeverModel, target: Target, context: AssessedQuarter): PassChange | null {
  const back = model.nearest(-1, target);
  const ahead = model.nearest(1, target);
  const found: Found | null = back === null ? ahead : ahead === null || back.units <= ahead.units ? back : ahead;
  if (found === null) return null;
  const { assessment, policy } = context;
  const change = leverChange(model, found, context);
  // 四.1 after the change: an item at 0, a total below the threshold, or a reason no score removes
  const itemAtZero = ITEMS.some(({ key }) => (key === model.item ? found.score : assessment.items[key].score) === 0);
  const otherReason = assessment.verdict.reasons.some((reason) => reason.code !== "ITEM_ZERO" && reason.code !== "TOTAL_BELOW_THRESHOLD");
  return {
    item: model.item,
    path: model.path,
    from: model.value,
    to: found.to,
    unit: model.unit,
    cost: found.units,
    scoreAfter: change.scoreAfter,
    totalAfter: change.totalAfter,
    downgradeAfter: itemAtZero || change.totalAfter < policy.verdict.passThreshold.value || otherReason,
    message: change.message,
  };
}

/** Cheapest first; equal costs in the items' order, then the input's. */
function byCost(changes: (PassChange | null)[]): PassChange[] {
  return changes.filter((change): change is PassChange => change !== null).sort((a, b) => a.cost - b.cost || ITEM_KEYS.indexOf(a.item) - ITEM_KEYS.indexOf(b.item));
}

/**
 * For a quarter whose verdict downgrades on scores (四.1: `ITEM_ZERO`, `TOTAL_BELOW_THRESHOLD`), each
 * such reason with the single-lever changes that remove it, cheapest first (in units of the lever,
 * H5): for an item at 0, every change that lifts it above 0; for a total below the threshold, every
 * change of one value that lifts the total to it. Reasons no score removes (`CUSTOMER_INFO_FALSIFIED`,
 * `MAJOR_KEY_EVENT`) are listed as such, without changes. A quarter that keeps its star has no reasons.
 *
 * @example toPass({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 18, totalCalls: 100 } }).reasons[0].changes[0].to; // 16 (at 18 of 100 calls ECR scores 0; at 16 of 100, 16 %, it scores 3)
 */
export function toPass(input: unknown, options: HeadroomOptions = {}): ToPass {
  const context = assessed(input, options);
  const { assessment, policy } = context;
  const models = itemLevers(context);
  const threshold = policy.verdict.passThreshold.value;
  const decimals = policy.rounding.decimals.value;
  const smallest = 10 ** -decimals;

  const reasons = assessment.verdict.reasons.map((reason): PassReason => {
    if (reason.code === "ITEM_ZERO") {
      const changes = byCost(models[reason.item].map((model) => cheapest(model, { kind: "atLeast", score: smallest }, context)));
      const message = both(zhHeadroom, enHeadroom, "itemZeroReason", { item: itemOf(reason.item).name, changes: changes.length });
      return { code: reason.code, clause: reason.clause, item: reason.item, byScores: true, changes, message };
    }
    if (reason.code === "TOTAL_BELOW_THRESHOLD") {
      const deficit = roundHalfUp(exactMinus(threshold, assessment.total), decimals);
      const changes = byCost(
        ITEMS.flatMap(({ key }) => {
          const item = assessment.items[key];
          // the item's score that lifts the total by the deficit: today's + the deficit, both of the policy's decimals
          const target = roundHalfUp(exactSum([item.score, deficit]), decimals);
          if (isNegative(exactMinus(item.max, target))) return [];
          return models[key].map((model) => cheapest(model, { kind: "atLeast", score: target }, context));
        }),
      );
      const message = both(zhHeadroom, enHeadroom, "belowThresholdReason", { total: assessment.total, threshold, deficit, changes: changes.length });
      return { code: reason.code, clause: reason.clause, byScores: true, changes, message };
    }
    if (reason.code === "CUSTOMER_INFO_FALSIFIED") {
      return { code: reason.code, clause: reason.clause, byScores: false, changes: [], message: both(zhHeadroom, enHeadroom, "falsifiedReason", {}) };
    }
    const message = both(zhHeadroom, enHeadroom, "majorEventReason", { eventId: reason.eventId, severity: reason.severity });
    return { code: reason.code, clause: reason.clause, eventId: reason.eventId, byScores: false, changes: [], message };
  });

  const scoreReasons = reasons.filter((reason) => reason.byScores).length;
  const clearing = new Set(reasons.flatMap((reason) => reason.changes.filter((change) => !change.downgradeAfter).map((change) => `${change.path} ${String(change.to)}`))).size;
  return {
    partnerId: assessment.partnerId,
    quarter: assessment.quarter,
    downgrade: assessment.verdict.downgrade,
    total: assessment.total,
    threshold,
    reasons,
    message: both(zhHeadroom, enHeadroom, "toPassSummary", { scoreReasons, otherReasons: reasons.length - scoreReasons, clearing }),
  };
}
