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

/**
 * The steps of one rule id under its clause (and reading), as a function of their figures: a rule
 * names its steps once, beside its formula, and each call writes the step's sentences directly.
 *
 * @example stepOf("ecr.few-simple-calls", "3.2.4")({ simpleCalls: 4, atMost: 5, score: 15 }).message.zh; // "季度内简单问题 4 个,不超过 5 个,得满分 15 分"
 */
export function stepOf<R extends StepRule>(rule: R, clause: ClauseId, reading?: ReadingId): (figures: StepFigures[R]) => Step {
  const zh = zhSteps[rule] as (figures: StepFigures[R]) => string;
  const en = enSteps[rule] as (figures: StepFigures[R]) => string;
  if (reading === undefined) return (figures) => ({ rule, clause, message: { zh: zh(figures), en: en(figures) }, figures }) as Step;
  return (figures) => ({ rule, clause, reading, message: { zh: zh(figures), en: en(figures) }, figures }) as Step;
}
