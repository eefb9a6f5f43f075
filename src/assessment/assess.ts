import type { QuarterId } from "../dates/quarter.js";
import { AssessmentInputError, isAssessmentInputError } from "../errors/assessment-input-error.js";
import { parseQuarter } from "../input/parse.js";
import type { QuarterInput } from "../input/quarter.js";
import { ITEMS, type ItemKey } from "../items.js";
import type { Policy } from "../policy/schema.js";
import type { ItemResult } from "../rules/item-result.js";
import { keyEventsAdjustment, type KeyEventsResult } from "../rules/key-events.js";
import { verdictOf, type Verdict } from "../verdict/verdict.js";
import { totalOf } from "./total.js";
import { type AssessmentWarning, missingSections } from "./warnings.js";

/** One partner-quarter, scored: the five items, the key events, the total and the verdict. */
export interface Assessment {
  readonly partnerId: string;
  readonly partnerName: string | null;
  readonly quarter: QuarterId;
  /** The id of the policy applied, e.g. `cloud-desktop-2024`. */
  readonly policy: string;
  readonly items: Readonly<Record<ItemKey, ItemResult>>;
  /** Σ bonus − Σ penalty of the key events (三.2.6), already in `total`. */
  readonly keyEventAdjustment: number;
  readonly keyEvents: KeyEventsResult;
  /** Sum of the rounded items + the rounded adjustment (reading R4); not clamped. */
  readonly total: number;
  readonly verdict: Verdict;
  /** What the input left out and the readings filled in (`SECTION_MISSING`), so that no gap passes unseen. */
  readonly warnings: readonly AssessmentWarning[];
}

/** Options of {@link assessQuarter}. */
export interface AssessOptions {
  /** The policy to assess under; by default the shipped policy in force for the quarter. */
  readonly policy?: Policy | undefined;
}

/**
 * Validates one partner-quarter, scores every item of 三, adds the key events, and gives the total
 * and the downgrade verdict of 四.1. Throws {@link AssessmentInputError} listing every problem of bad
 * input: never a partial score.
 *
 *     total = Σ rounded item scores + rounded key-event adjustment   (三.1, reading R4; not clamped)
 *
 * @example assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 100 } }).total; // 30 + 25 + 10 + 12 + 20 = 97
 */
export function assessQuarter(input: unknown, options: AssessOptions = {}): Assessment {
  const { input: quarter, policy } = parseQuarter(input, options.policy);
  return assessParsed(quarter, policy);
}

/**
 * {@link assessQuarter} of a quarter already checked by `parseQuarter` under `policy`: for a caller
 * that holds the parsed input too (headroom reads both), so the input is checked once.
 *
 * @example assessParsed(parseQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }).input, CLOUD_DESKTOP_2024).total; // 30 + 25 + 10 + 15 + 20 = 100
 */
export function assessParsed(quarter: QuarterInput, policy: Policy): Assessment {
  const items = {} as Record<ItemKey, ItemResult>;
  const itemScores = {} as Record<ItemKey, number>;
  for (const item of ITEMS) {
    items[item.key] = item.score(quarter, policy);
    itemScores[item.key] = items[item.key].score;
  }
  const keyEvents = keyEventsAdjustment(quarter.keyEvents, policy);
  const total = totalOf(itemScores, keyEvents.adjustment, policy);
  const verdict = verdictOf(
    { quarter: quarter.quarter, itemScores, total, customerInfoFalsified: quarter.flags?.customerInfoFalsified ?? false, keyEvents: quarter.keyEvents ?? [] },
    policy,
  );
  return {
    partnerId: quarter.partner.id,
    partnerName: quarter.partner.name ?? null,
    quarter: quarter.quarter as QuarterId,
    policy: policy.id,
    items,
    keyEventAdjustment: keyEvents.adjustment,
    keyEvents,
    total,
    verdict,
    warnings: missingSections(quarter),
  };
}

/** The result of {@link safeAssessQuarter}. */
export type SafeAssessment = { success: true; data: Assessment } | { success: false; error: AssessmentInputError };

/**
 * {@link assessQuarter} without the throw: bad input comes back as `{ success: false, error }`.
 *
 * @example safeAssessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q9" }).success; // false
 */
export function safeAssessQuarter(input: unknown, options: AssessOptions = {}): SafeAssessment {
  try {
    return { success: true, data: assessQuarter(input, options) };
  } catch (error) {
    if (isAssessmentInputError(error)) return { success: false, error };
    throw error;
  }
}
