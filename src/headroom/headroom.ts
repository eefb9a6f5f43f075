import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import type { CalendarDate } from "../dates/calendar-date.js";
import type { QuarterId } from "../dates/quarter.js";
import type { MajorKeyEventSeverity } from "../input/key-events.js";
import { ITEMS, type ItemKey } from "../items.js";
import { exactMinus, roundHalfUp } from "../numbers/exact.js";
import type { ClauseId } from "../policy/clauses.js";
import { type AssessedQuarter, assessed, type HeadroomOptions } from "./assessed.js";
import { leverChange } from "./change.js";
import { itemLevers } from "./item-levers.js";
import type { Found, Lever, LeverModel } from "./lever.js";
import type { Segment } from "./step-axis.js";
import { CHANGE } from "./target.js";

/** A lever's range drawn as bands: its values at today's other values, and the score on each run. */
export interface LeverScale {
  readonly path: string;
  readonly value: number;
  /** The lever's valid range, in the field's own values. */
  readonly min: number;
  readonly max: number;
  /** Runs of values (both ends included, in the field's own values) and the item score on each, ascending. */
  readonly bands: readonly Segment[];
}

/** An item's score, its maximum, and its levers. */
export interface ItemHeadroom {
  readonly score: number;
  readonly max: number;
  readonly clause: ClauseId;
  readonly notApplicable: boolean;
  readonly levers: readonly Lever[];
  /** The bands along the levers whose score is a band of a ratio (ECR's simple calls or rate; training's completions and attendances), for bars. */
  readonly scales: readonly LeverScale[];
}

/** The key events of the quarter: not levers (H3C's own handling, H8), but part of the total and the verdict. */
export interface KeyEventsHeadroom {
  readonly adjustment: number;
  readonly clause: "3.2.6";
  /** Major key events downgrade or blacklist whatever the scores (4.2.2). */
  readonly majorEvents: readonly { readonly eventId: string; readonly severity: MajorKeyEventSeverity; readonly date: CalendarDate }[];
}

/** How far a partner-quarter is from each band edge and from the threshold (docs/headroom.md). */
export interface Headroom {
  readonly partnerId: string;
  readonly quarter: QuarterId;
  readonly policy: string;
  readonly total: number;
  /** The pass mark of 四.1.b (70). */
  readonly threshold: number;
  /** total − threshold: how much the total may fall and still pass (negative: how much it lacks). */
  readonly margin: number;
  readonly items: Readonly<Record<ItemKey, ItemHeadroom>>;
  readonly keyEvents: KeyEventsHeadroom;
  readonly message: Bilingual;
}

/** The nearer of two values found (ties to the first), or null. */
function nearer(first: Found | null, second: Found | null): Found | null {
  if (first === null) return second;
  if (second === null) return first;
  return second.units < first.units ? second : first;
}

/**
 * A lever's nearest fall and rise. Each direction's first change is the only one reachable with every
 * value on the way unchanged; `down` is the nearer of those that fall (a tie goes to the larger value,
 * or the later outcome label), `up` the nearer of those that rise (a tie to the smaller one).
 */
function leverOf(model: LeverModel, context: AssessedQuarter): Lever {
  const score = context.assessment.items[model.item].score;
  const ahead = model.nearest(1, CHANGE);
  const back = model.nearest(-1, CHANGE);
  const falls = (found: Found | null) => (found !== null && found.score < score ? found : null);
  const rises = (found: Found | null) => (found !== null && found.score > score ? found : null);
  const down = nearer(falls(ahead), falls(back));
  const up = nearer(rises(back), rises(ahead));
  return {
    path: model.path,
    value: model.value,
    unit: model.unit,
    step: model.step,
    down: down && leverChange(model, down, context),
    up: up && leverChange(model, up, context),
  };
}

/** The bands along a lever that has them, in the field's own values. */
function scaleOf(model: LeverModel): LeverScale[] {
  if (model.scale === undefined) return [];
  const { min, max, bands } = model.scale();
  return [{ path: model.path, value: model.value as number, min, max, bands }];
}

/**
 * For every item of a partner-quarter, its levers (each input value its score depends on) with the
 * nearest value of that field alone, in its own unit, at which the item's score falls (`down`) and
 * rises (`up`), and the score and total there; the total against the threshold of 四.1.b; the key
 * events. "Nearest" is exact, computed from the policy's band and rounding edges (never by trying
 * values), and every value between today's and the one reported scores as today; a reported change is
 * a valid input. Bad input throws {@link AssessmentInputError} as `assessQuarter` does.
 *
 * @example headroom({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 120 } }).items.ecr.levers[0].down?.to; // 10
 */
export function headroom(input: unknown, options: HeadroomOptions = {}): Headroom {
  const context = assessed(input, options);
  const { assessment, policy } = context;
  const models = itemLevers(context);
  const items = Object.fromEntries(
    ITEMS.map(({ key }): [ItemKey, ItemHeadroom] => {
      const item = assessment.items[key];
      const levers = models[key];
      return [
        key,
        { score: item.score, max: item.max, clause: item.clause, notApplicable: item.notApplicable, levers: levers.map((model) => leverOf(model, context)), scales: levers.flatMap(scaleOf) },
      ];
    }),
  ) as Record<ItemKey, ItemHeadroom>;
  const threshold = policy.verdict.passThreshold.value;
  const margin = roundHalfUp(exactMinus(assessment.total, threshold), policy.rounding.decimals.value);
  const majorEvents = assessment.verdict.reasons.flatMap((reason) =>
    reason.code === "MAJOR_KEY_EVENT" ? [{ eventId: reason.eventId, severity: reason.severity, date: reason.date }] : [],
  );
  return {
    partnerId: assessment.partnerId,
    quarter: assessment.quarter,
    policy: assessment.policy,
    total: assessment.total,
    threshold,
    margin,
    items,
    keyEvents: { adjustment: assessment.keyEventAdjustment, clause: "3.2.6", majorEvents },
    message: both(zhHeadroom, enHeadroom, "margin", { total: assessment.total, threshold, margin }),
  };
}
