import { AssessmentInputError } from "../errors/assessment-input-error.js";
import { parseQuarter } from "../input/parse.js";
import type { Policy } from "../policy/schema.js";
import type { QuarterId } from "../dates/quarter.js";
import { scoreValidEcr } from "../rules/ecr.js";
import type { ItemResult } from "../rules/item-result.js";
import { type KeyEventsResult, sumValidKeyEvents } from "../rules/key-events.js";
import { scoreValidMajorProjects } from "../rules/major-projects.js";
import { scoreValidRepOffice } from "../rules/rep-office.js";
import { scoreValidSatisfaction } from "../rules/satisfaction.js";
import { scoreValidTraining } from "../rules/training.js";
import { buildVerdict, ITEM_KEYS, type ItemKey, type Verdict } from "../verdict/verdict.js";
import { totalScore } from "./total.js";

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
  /** Sum of the rounded items + the adjustment (reading R4); not clamped. */
  readonly total: number;
  readonly verdict: Verdict;
}

/** Options of {@link assessQuarter}. */
export interface AssessOptions {
  /** The policy to assess under; by default the shipped policy in force for the quarter. */
  readonly policy?: Policy | undefined;
}

/**
 * Validates one partner-quarter (SPEC §7), scores every item of 三, adds the key events, and gives the
 * total and the downgrade verdict of 四.1. Throws {@link AssessmentInputError} listing every problem of
 * bad input: never a partial score.
 *
 * @example
 * const assessment = assessQuarter(JSON.parse(fs.readFileSync("2024-Q3.json", "utf8")));
 * assessment.total; // 92.5
 * assessment.verdict.downgrade; // false
 */
export function assessQuarter(input: unknown, options: AssessOptions = {}): Assessment {
  // parseQuarter has run every rule's own checks under this policy, so the rules score without repeating them.
  const { input: quarter, policy } = parseQuarter(input, options.policy);
  const items: Record<ItemKey, ItemResult> = {
    majorProjects: scoreValidMajorProjects(quarter.majorProjects ?? [], policy),
    satisfaction: scoreValidSatisfaction(quarter.satisfaction ?? [], policy),
    repOffice: scoreValidRepOffice(quarter.repOffice, policy),
    ecr: scoreValidEcr(quarter.ecr, policy),
    training: scoreValidTraining(quarter.training, policy),
  };
  const keyEvents = sumValidKeyEvents(quarter.keyEvents ?? [], policy);
  const itemScores = Object.fromEntries(ITEM_KEYS.map((key) => [key, items[key].score])) as Record<ItemKey, number>;
  const total = totalScore(itemScores, keyEvents.adjustment, policy);
  const verdict = buildVerdict(
    {
      quarter: quarter.quarter as QuarterId,
      itemScores,
      total,
      customerInfoFalsified: quarter.flags?.customerInfoFalsified ?? false,
      keyEvents: quarter.keyEvents ?? [],
    },
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
  };
}

/** The result of {@link safeAssessQuarter}. */
export type SafeAssessment = { success: true; data: Assessment } | { success: false; error: AssessmentInputError };

/**
 * {@link assessQuarter} without the throw: bad input comes back as `{ success: false, error }`.
 *
 * @example
 * const result = safeAssessQuarter(data);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.pointer, issue.message.zh);
 */
export function safeAssessQuarter(input: unknown, options: AssessOptions = {}): SafeAssessment {
  try {
    return { success: true, data: assessQuarter(input, options) };
  } catch (error) {
    if (error instanceof AssessmentInputError) return { success: false, error };
    throw error;
  }
}
