import { type Bilingual, both } from "../messages/bilingual.js";
import { enSteps } from "../messages/en/steps.js";
import type { StepFigures, StepRule } from "../messages/steps.js";
import { zhSteps } from "../messages/zh/steps.js";
import type { ClauseId, ReadingId } from "../policy/clauses.js";

export type { StepFigures, StepRule };

/** A figure a step used: a count, a score, a ratio as text, a date, a flag. */
export type Figure = number | string | boolean | null;

/**
 * One step of a rule: what it did, under which clause (and reading), with the figures it used and
 * its sentence in both languages. The figures' shape follows the rule id.
 */
export type Step = {
  readonly [R in StepRule]: {
    /** Stable name of the step, e.g. `ecr.band`. */
    readonly rule: R;
    readonly clause: ClauseId;
    /** The reading of an ambiguous clause the step applies (docs/interpretations.md). */
    readonly reading?: ReadingId;
    /** True for a warning that does not change the score (e.g. a listed project that is not major). */
    readonly warning?: true;
    readonly message: Bilingual;
    readonly figures: StepFigures[R];
  };
}[StepRule];

/**
 * A step of `rule` with its figures, its sentence written from them in both languages.
 *
 * @example step("ecr.few-simple-calls", "3.2.4", { simpleCalls: 4, atMost: 5, score: 15 }).message.en; // "4 simple question(s) this quarter, at most 5: full 15"
 */
export function step<R extends StepRule>(rule: R, clause: ClauseId, figures: StepFigures[R], reading?: ReadingId): Step {
  const message = both(zhSteps, enSteps, rule, figures);
  return (reading === undefined ? { rule, clause, message, figures } : { rule, clause, reading, message, figures }) as Step;
}
