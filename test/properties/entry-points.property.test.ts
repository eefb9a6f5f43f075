import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quarterTotal } from "../../src/assessment/total.js";
import {
  type Assessment,
  assessQuarter,
  buildVerdict,
  isAssessmentInputError,
  ITEM_KEYS,
  type ItemKey,
  scoreEcr,
  scoreMajorProjects,
  scoreRepOffice,
  scoreSatisfaction,
  scoreTraining,
  sumKeyEvents,
  verdictOfScores,
} from "../../src/index.js";
import { anySection, bare, type Entry, QUARTERS, quarterEndByHand, quarterStartByHand, SECTION_KEYS, type SectionKey, validQuarter } from "../support/quarters.js";

/**
 * Every exported function that takes one section applies exactly the composer's checks to it: the
 * same input gets the same answer from every entry point, and a JavaScript TypeError never reaches a
 * caller; any function that builds a verdict from facts validates them as the composer does
 * (docs/interpretations.md, "The same input gets the same answer everywhere"). For generated sections, valid
 * and broken, each rule function and assessQuarter give the same item (or the same issues, the composer's
 * with the section's key in front of each path), and buildVerdict, verdictOfScores and quarterTotal give the
 * composer's verdict and total. Any throw other than AssessmentInputError fails the property.
 */

const RUNS = { numRuns: 200 };

type Issue = { path: readonly (string | number)[]; code: string };
type Outcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** What a call gives: its value, or the issues of its AssessmentInputError. Any other throw (a TypeError) fails the test. */
function outcomeOf<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!isAssessmentInputError(error)) throw error;
    return { ok: false, issues: error.issues.map(({ path, code }) => ({ path, code })) };
  }
}

const RULES: Record<SectionKey, (section: never) => unknown> = {
  majorProjects: scoreMajorProjects,
  satisfaction: scoreSatisfaction,
  repOffice: scoreRepOffice,
  ecr: scoreEcr,
  training: scoreTraining,
  keyEvents: sumKeyEvents,
};

/** The composer's result for a section: its item, or the key events' result. */
const partOf = (assessment: Assessment, key: SectionKey): unknown => (key === "keyEvents" ? assessment.keyEvents : assessment.items[key as ItemKey]);

/**
 * The one check only the composer can make, knowing the quarter (3.2.6: an event's date, when
 * given, lies inside the assessed quarter; docs/interpretations.md): EVENT_OUTSIDE_QUARTER for each element
 * whose date is a real date outside it. Worked out here by hand.
 */
function outsideQuarter(events: unknown, quarter: string): Issue[] {
  if (!Array.isArray(events)) return [];
  const [start, end] = [quarterStartByHand(quarter), quarterEndByHand(quarter)];
  return events.flatMap((event: unknown, index) => {
    const date = typeof event === "object" && event !== null ? (event as { date?: unknown }).date : undefined;
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return [];
    return date < start || date > end ? [{ path: ["keyEvents", index, "date"], code: "EVENT_OUTSIDE_QUARTER" }] : [];
  });
}

const prefixed = (key: string, issues: readonly Issue[]): Issue[] => issues.map(({ path, code }) => ({ path: [key, ...path], code }));
const TOO_MANY = "TOO_MANY_ISSUES";

/** A quarter and a section of it, valid or broken (or left out). */
const sectionCase = (key: SectionKey) =>
  fc.constantFrom(...QUARTERS).chain((quarter) => fc.record({ quarter: fc.constant(quarter), section: fc.option(anySection(key, quarter), { nil: undefined, freq: 10 }) }));

describe("7 every entry point, the same answer", () => {
  it.each(SECTION_KEYS)("the rule function of %s and assessQuarter agree: the same result, or the same issues with the section's key in front", (key) => {
    fc.assert(
      fc.property(sectionCase(key), ({ quarter, section }) => {
        const rule = outcomeOf(() => RULES[key](section as never));
        const input: Entry = section === undefined ? bare(quarter) : { ...bare(quarter), [key]: section };
        const composer = outcomeOf(() => assessQuarter(input));
        const outside = key === "keyEvents" ? outsideQuarter(section, quarter) : [];
        if (rule.ok) {
          if (outside.length === 0) {
            expect(composer.ok ? partOf(composer.value, key) : composer.issues).toEqual(rule.value);
          } else {
            expect(composer.ok ? "scored" : composer.issues).toEqual(outside);
          }
          return;
        }
        expect(composer.ok, "the composer scored what the rule function refused").toBe(false);
        if (composer.ok) return;
        if (rule.issues.at(-1)?.code === TOO_MANY) {
          // the first hundred are the section's, in the same order; then the count of the rest
          expect(composer.issues.slice(0, 100)).toEqual(prefixed(key, rule.issues.slice(0, 100)));
          expect(composer.issues.at(-1)).toMatchObject({ path: [], code: TOO_MANY });
        } else {
          expect(composer.issues).toEqual([...prefixed(key, rule.issues), ...outside]);
        }
      }),
      RUNS,
    );
  });

  it("buildVerdict gives the composer's verdict, verdictOfScores its 4.1 reasons and quarterTotal its total (valid quarters)", () => {
    fc.assert(
      fc.property(validQuarter, (input) => {
        const assessment = assessQuarter(input);
        const itemScores = Object.fromEntries(ITEM_KEYS.map((key) => [key, assessment.items[key].score])) as Record<ItemKey, number>;
        const facts = {
          quarter: input.quarter,
          itemScores,
          total: assessment.total,
          customerInfoFalsified: (input.flags?.["customerInfoFalsified"] as boolean | "是" | "否" | undefined) ?? false,
          keyEvents: input.keyEvents ?? [],
        };
        expect(buildVerdict(facts as never)).toEqual(assessment.verdict);
        const fromScores = verdictOfScores({ itemScores, total: assessment.total });
        const scoreReasons = assessment.verdict.reasons.filter((reason) => reason.code === "ITEM_ZERO" || reason.code === "TOTAL_BELOW_THRESHOLD");
        expect(fromScores.reasons.map((reason) => [reason.code, "item" in reason ? reason.item : null])).toEqual(scoreReasons.map((reason) => [reason.code, "item" in reason ? reason.item : null]));
        expect(fromScores.downgrade).toBe(scoreReasons.length > 0);
        expect(quarterTotal({ itemScores, adjustment: assessment.keyEventAdjustment })).toBe(assessment.total);
      }),
      RUNS,
    );
  });

  it("buildVerdict checks the key events as the composer does: the same issues, the same verdict", () => {
    const FULL: Record<ItemKey, number> = { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 };
    fc.assert(
      fc.property(sectionCase("keyEvents"), ({ quarter, section }) => {
        const composer = outcomeOf(() => assessQuarter(section === undefined ? bare(quarter) : { ...bare(quarter), keyEvents: section }));
        const scores = composer.ok ? { itemScores: Object.fromEntries(ITEM_KEYS.map((key) => [key, composer.value.items[key].score])) as Record<ItemKey, number>, total: composer.value.total } : { itemScores: FULL, total: 100 };
        const verdict = outcomeOf(() => buildVerdict({ quarter, ...scores, customerInfoFalsified: false, keyEvents: (section === undefined ? [] : section) as never }));
        if (composer.ok) expect(verdict.ok ? verdict.value : verdict.issues).toEqual(composer.value.verdict);
        else if (composer.issues.at(-1)?.code !== TOO_MANY) expect(verdict.ok ? "built" : verdict.issues).toEqual(composer.issues);
      }),
      RUNS,
    );
  });
});
