import type { Assessment } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { enCli } from "../messages/en/cli.js";
import { zhCli } from "../messages/zh/cli.js";

/**
 * What a fixture's `*.expected.json` pins down of an assessment: every number, reason and date, and
 * the sections the readings filled in (warnings), but not the steps and messages (their wording may
 * improve without the score changing).
 *
 * @example expectationOf(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 100 } })).items.ecr; // { score: 12, max: 15, clause: "3.2.4", notApplicable: false }
 */
export function expectationOf(assessment: Assessment) {
  const items = Object.fromEntries(
    Object.entries(assessment.items).map(([key, item]) => [
      key,
      { score: item.score, max: item.max, clause: item.clause, notApplicable: item.notApplicable },
    ]),
  );
  const reasons = assessment.verdict.reasons.map((reason) => {
    switch (reason.code) {
      case "ITEM_ZERO":
        return { code: reason.code, clause: reason.clause, item: reason.item };
      case "MAJOR_KEY_EVENT":
        return { code: reason.code, clause: reason.clause, eventId: reason.eventId, severity: reason.severity, date: reason.date };
      default:
        return { code: reason.code, clause: reason.clause };
    }
  });
  // The verdict's own sentence is wording, like the steps: not pinned.
  const { message: _sentence, ...verdict } = assessment.verdict;
  return {
    partnerId: assessment.partnerId,
    quarter: assessment.quarter,
    policy: assessment.policy,
    items,
    keyEventAdjustment: assessment.keyEventAdjustment,
    total: assessment.total,
    verdict: { ...verdict, reasons },
    warnings: assessment.warnings.map((warning) => ({ code: warning.code, pointer: warning.pointer, reading: warning.reading })),
  };
}

/** One value that differs between an expectation and an assessment. */
export interface Difference {
  /** JSON Pointer of the value, e.g. `/items/ecr/score`. */
  readonly pointer: string;
  /** The expected value; undefined when the assessment has a value the expectation lacks. */
  readonly expected: unknown;
  /** The value found; undefined when the assessment lacks it. */
  readonly actual: unknown;
}

/**
 * Every difference between an expectation and what an assessment gives, value by value. Keys that
 * start with `_` in the expectation (`_why`) are notes and are skipped.
 *
 * @example differences({ total: 70 }, { total: 69.99 }); // [{ pointer: "/total", expected: 70, actual: 69.99 }]
 */
export function differences(expected: unknown, actual: unknown, pointer = ""): Difference[] {
  const bothObjects = typeof expected === "object" && expected !== null && typeof actual === "object" && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return Object.is(expected, actual) ? [] : [{ pointer: pointer || "/", expected, actual }];
  }
  const left = expected as Record<string, unknown>;
  const right = actual as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => !key.startsWith("_"));
  return keys.flatMap((key) => differences(left[key], right[key], `${pointer}/${key}`));
}

/**
 * A difference as a line a person can read, in English or Chinese.
 *
 * @example describeDifference({ pointer: "/total", expected: 70, actual: 69.99 }); // "/total: expected 70, got 69.99"
 * @example describeDifference({ pointer: "/total", expected: 70, actual: 69.99 }, "zh"); // "/total:应为 70,实为 69.99"
 */
export function describeDifference(difference: Difference, lang: Language = "en"): string {
  const show = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return (lang === "zh" ? zhCli : enCli).DIFFERENCE({ pointer: difference.pointer, expected: show(difference.expected), actual: show(difference.actual) });
}
