import type { Bilingual } from "./bilingual.js";

/**
 * The figures of the verdict's sentences (四.1, 三.2.2, 四.2.2): one sentence per reason, speaking of
 * its own clause only, and the verdict's own sentence stating the combined outcome. A date is null
 * where the verdict has none (a verdict from item scores alone, as in a spreadsheet).
 */
export interface VerdictFigures {
  readonly ITEM_ZERO: { readonly item: Bilingual; readonly effectiveFrom: string | null };
  readonly TOTAL_BELOW_THRESHOLD: { readonly total: number; readonly threshold: number; readonly effectiveFrom: string | null };
  readonly CUSTOMER_INFO_FALSIFIED: { readonly effectiveFrom: string | null };
  readonly MAJOR_KEY_EVENT: { readonly eventId: string; readonly note: string; readonly severity: "downgrade" | "blacklist"; readonly date: string };
  /** No reason: the star is kept. */
  readonly KEEP: { readonly total: number; readonly threshold: number };
  /**
   * The combined outcome: each stage from its own date (a downgrade from a major event's day, the
   * cancellation and the blacklist from theirs), then the return or the day a new application may be filed.
   */
  readonly OUTCOME: {
    readonly stages: readonly { readonly outcome: VerdictOutcome; readonly from: string }[];
    readonly restoresOn: string | null;
    readonly reapplyFrom: string | null;
  };
  /** The outcome of item scores and a total alone (no dates): the reasons' sentences joined. */
  readonly OUTCOME_OF_SCORES: { readonly reasons: readonly Bilingual[] };
}

/** What a downgrading verdict does: the most severe of its reasons. */
export type VerdictOutcome = "downgrade" | "cancel" | "blacklist";
