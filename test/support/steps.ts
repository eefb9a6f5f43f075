import { expect } from "vitest";
import type { Step, StepFigures, StepRule } from "../../src/index.js";

/** The rule ids of some steps, in order. */
export const rulesOf = (steps: readonly Step[]): StepRule[] => steps.map((step) => step.rule);

/** The first step of `rule`; fails the test when there is none. */
export function stepOf<R extends StepRule>(steps: readonly Step[], rule: R): Extract<Step, { rule: R }> {
  const found = steps.find((step) => step.rule === rule);
  expect(found, `no step ${rule} among ${rulesOf(steps).join(", ")}`).toBeDefined();
  return found as Extract<Step, { rule: R }>;
}

/** The figures of the first step of `rule`. */
export const figuresOf = <R extends StepRule>(steps: readonly Step[], rule: R): StepFigures[R] => stepOf(steps, rule).figures as StepFigures[R];

// CJK ideographs and the full-width punctuation Chinese sentences use.
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * A step's English sentence gives its labels in English: any Chinese in it stands in parentheses
 * after the English ("satisfied (满意)", a note the partner wrote in Chinese).
 */
export function expectEnglishLabels(step: Step): void {
  const outsideParentheses = step.message.en.replace(/\([^()]*\)/g, "");
  expect(CHINESE.test(outsideParentheses), `English step ${step.rule} has Chinese outside parentheses: ${step.message.en}`).toBe(false);
}
