import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type KeyEventInput, sumKeyEvents } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { policyWith } from "../support/policies.js";
import { refusesAsTheComposer } from "../support/refusals.js";
import { keyEvent } from "../support/sections.js";
import { expectEnglishLabels, figuresOf, rulesOf } from "../support/steps.js";

/**
 * 三.2.7 (table: 2.6) 关键事件 (加减分项): "视严重程度在当季度进行扣分处理 … 视优秀程度在当季度进行加分处理".
 * The adjustment = Σ bonus − Σ penalty, computed exactly, rounded as the items are (R4, ties away from
 * zero), and says so in its own step; a major key event (四.2.2) is a penalty and carries its date.
 * Worked out by hand.
 */

const bonus = (id: string, points: number) => keyEvent(id, "bonus", points, { note: "客户表扬信" });
const penalty = (id: string, points: number) => keyEvent(id, "penalty", points, { note: "超期挂账" });

describe("3.2.6 key events", () => {
  describe("3.2.6 adjustment = Σ bonus − Σ penalty", () => {
    it("bonus 2 → +2; the steps: the event, then the sum", () => {
      const result = sumKeyEvents([bonus("KE-1", 2)]);
      expect(result.adjustment).toBe(2);
      expect(result.clause).toBe("3.2.6");
      expect(rulesOf(result.steps)).toEqual(["key-events.bonus", "key-events.sum"]);
      expect(result.steps[0]).toEqual({ rule: "key-events.bonus", clause: "3.2.6", message: expect.any(Object), figures: { event: "KE-1", points: 2, note: "客户表扬信", major: null, date: null } });
    });

    it("bonus 2 + bonus 1 = 3", () => {
      expect(sumKeyEvents([bonus("KE-1", 2), bonus("KE-2", 1)]).adjustment).toBe(3);
    });

    it("bonus 2 − penalty 3.5 = −1.5 (a negative adjustment)", () => {
      const result = sumKeyEvents([bonus("KE-1", 2), penalty("KE-2", 3.5)]);
      expect(result.adjustment).toBe(-1.5);
      expect(rulesOf(result.steps)).toEqual(["key-events.bonus", "key-events.penalty", "key-events.sum"]);
      expect(result.steps.at(-1)?.figures).toEqual({ bonus: "2", penalty: "3.5", adjustment: "-1.5" });
    });

    it("bonus 2, penalties 1.25 and 3.5: 2 − 4.75 = −2.75", () => {
      const result = sumKeyEvents([keyEvent("KE-1", "bonus", 2), keyEvent("KE-2", "penalty", 1.25), keyEvent("KE-3", "penalty", 3.5)]);
      expect(result.adjustment).toBe(-2.75);
      expect(result.steps.at(-1)?.figures).toEqual({ bonus: "2", penalty: "4.75", adjustment: "-2.75" });
    });

    it("penalty 5 alone → −5; bonus 3 + bonus 1 − penalty 2 − penalty 2 = 0", () => {
      expect(sumKeyEvents([penalty("KE-1", 5)]).adjustment).toBe(-5);
      expect(sumKeyEvents([bonus("A", 3), penalty("B", 2), bonus("C", 1), penalty("D", 2)]).adjustment).toBe(0);
    });

    it("sums exactly: bonus 0.1 + 0.2 = 0.3 (no 0.30000000000000004); minus penalty 0.3 = 0 (binary floats: 5.55e-17)", () => {
      expect(sumKeyEvents([bonus("A", 0.1), bonus("B", 0.2)]).adjustment).toBe(0.3);
      const result = sumKeyEvents([keyEvent("KE-1", "bonus", 0.1), keyEvent("KE-2", "bonus", 0.2), keyEvent("KE-3", "penalty", 0.3)]);
      expect(result.adjustment).toBe(0);
      expect(result.steps.at(-1)?.figures).toEqual({ bonus: "0.3", penalty: "0.3", adjustment: "0" });
    });

    it("a major key event counts its points like any other: penalty 10 (major downgrade) → −10, its step carries the severity and the date", () => {
      const result = sumKeyEvents([{ id: "KE-9", kind: "penalty", points: 10, note: "窜货骗保", major: "downgrade", date: "2024-08-15" }]);
      expect(result.adjustment).toBe(-10);
      expect(result.steps[0]?.figures).toEqual({ event: "KE-9", points: 10, note: "窜货骗保", major: "downgrade", date: "2024-08-15" });
      expect(result.steps[0]?.message.en).toBe("key event KE-9 (penalty, major: downgrade): −10 (窜货骗保)");
    });

    it("kinds and severities in Chinese read as the codes: 扣分 / 黑名单 → penalty, blacklist", () => {
      const result = sumKeyEvents([{ id: "KE-1", kind: "扣分", points: 3, note: "", major: "黑名单", date: "2024-08-01" }]);
      expect(result.adjustment).toBe(-3);
      expect(figuresOf(result.steps, "key-events.penalty")).toMatchObject({ major: "blacklist" });
    });

    it("no events, or the section left out → 0, with one step saying so", () => {
      for (const events of [[], undefined]) {
        expect(sumKeyEvents(events)).toEqual({ adjustment: 0, clause: "3.2.6", steps: [{ rule: "key-events.none", clause: "3.2.6", message: expect.any(Object), figures: { events: 0 } }] });
      }
      expect(sumKeyEvents([]).steps[0]?.message).toEqual({ zh: "本季度无关键事件", en: "no key event this quarter" });
    });
  });

  describe("3.2.6 R4 the adjustment is rounded half up (ties away from zero) in a step of its own, so the steps add up to it", () => {
    it("penalty 1.005 → −1.005, rounded away from zero to −1.01: the sum step shows −1.005, the rounding step −1.005 → −1.01", () => {
      const result = sumKeyEvents([keyEvent("KE-1", "penalty", 1.005)]);
      expect(result.adjustment).toBe(-1.01);
      expect(rulesOf(result.steps)).toEqual(["key-events.penalty", "key-events.sum", "round"]);
      expect(figuresOf(result.steps, "key-events.sum")).toEqual({ bonus: "0", penalty: "1.005", adjustment: "-1.005" });
      expect(result.steps.at(-1)).toEqual({ rule: "round", clause: "3.2.6", reading: "R4", message: expect.any(Object), figures: { exact: "-1.005", rounded: -1.01, decimals: 2 } });
      expect(result.steps.at(-1)?.message.en).toBe("exact -1.005 rounded half up to 2 decimals: -1.01");
    });

    it("penalty 2.345 → −2.35; bonus 2.345 → 2.35; bonus 0.125 → 0.13; bonus 1 − penalty 1.333 = −0.333 → −0.33", () => {
      expect(sumKeyEvents([keyEvent("KE-1", "penalty", 2.345)]).adjustment).toBe(-2.35);
      expect(sumKeyEvents([keyEvent("KE-1", "bonus", 2.345)]).adjustment).toBe(2.35);
      expect(sumKeyEvents([bonus("A", 0.125)]).adjustment).toBe(0.13);
      expect(sumKeyEvents([bonus("A", 1), penalty("B", 1.333)]).adjustment).toBe(-0.33);
    });

    it("an adjustment already at 2 decimals gets no rounding step: 2 − 3.5 = −1.5", () => {
      expect(rulesOf(sumKeyEvents([bonus("KE-1", 2), penalty("KE-2", 3.5)]).steps)).not.toContain("round");
    });

    it("a penalty of 0.001 rounds to 0, as +0 (never −0)", () => {
      const result = sumKeyEvents([keyEvent("KE-1", "penalty", 0.001)]);
      expect(Object.is(result.adjustment, 0)).toBe(true);
      expect(figuresOf(result.steps, "round")).toEqual({ exact: "-0.001", rounded: 0, decimals: 2 });
    });

    it("with 0 decimals in the policy: bonus 2.5 → 3 (half up), penalty 2.5 → −3 (half away from zero)", () => {
      const policy = policyWith((p) => (p.rounding.decimals.value = 0));
      expect(sumKeyEvents([keyEvent("KE-1", "bonus", 2.5)], policy).adjustment).toBe(3);
      expect(sumKeyEvents([keyEvent("KE-1", "penalty", 2.5)], policy).adjustment).toBe(-3);
    });

    it("up to the input bound: nine penalties of 999,999,999.99999 and one of 999,999,990.999999 → Σ = 9,999,999,990.999909 exactly (binary floats: …908), rounded to −9,999,999,991", () => {
      const events: KeyEventInput[] = [
        ...Array.from({ length: 9 }, (_, i) => keyEvent(`KE-${i}`, "penalty", 999_999_999.99999)),
        keyEvent("KE-9", "penalty", 999_999_990.999999),
      ];
      const result = sumKeyEvents(events);
      expect(figuresOf(result.steps, "key-events.sum")).toEqual({ bonus: "0", penalty: "9999999990.999909", adjustment: "-9999999990.999909" });
      expect(figuresOf(result.steps, "round")).toEqual({ exact: "-9999999990.999909", rounded: -9_999_999_991, decimals: 2 });
      expect(result.adjustment).toBe(-9_999_999_991);
    });

    it("property: the events' steps add up to the sum step, and the sum step (rounded in the last step when it must be) to the adjustment", () => {
      const events = fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^KE-\d{1,3}$/),
          kind: fc.constantFrom("bonus" as const, "penalty" as const),
          points: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1_000_000 }).map((thousandths) => thousandths / 1000)),
        }),
        { selector: (event) => event.id, minLength: 1, maxLength: 20 },
      );
      fc.assert(
        fc.property(events, (list) => {
          const result = sumKeyEvents(list.map(({ id, kind, points }) => keyEvent(id, kind, points)));
          const byKind = (rule: "key-events.bonus" | "key-events.penalty") =>
            Decimal.sum(0, ...result.steps.filter((step) => step.rule === rule).map((step) => new Decimal(String((step.figures as { points: number }).points))));
          const sum = figuresOf(result.steps, "key-events.sum");
          expect(byKind("key-events.bonus").equals(sum.bonus)).toBe(true);
          expect(byKind("key-events.penalty").equals(sum.penalty)).toBe(true);
          const exact = new Decimal(sum.bonus).minus(sum.penalty);
          expect(exact.equals(sum.adjustment)).toBe(true);
          const rounded = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber() + 0;
          expect(result.adjustment).toBe(rounded);
          if (exact.decimalPlaces() > 2) expect(result.steps.at(-1)?.figures).toEqual({ exact: sum.adjustment, rounded, decimals: 2 });
          else expect(result.steps.at(-1)?.rule).toBe("key-events.sum");
        }),
        { numRuns: 300 },
      );
    });
  });

  describe("3.2.6 messages", () => {
    it("every English step gives its labels in English; a Chinese note stands in parentheses", () => {
      const result = sumKeyEvents([bonus("KE-1", 2), { id: "KE-2", kind: "penalty", points: 1.005, note: "窜货骗保", major: "blacklist", date: "2024-08-15" }]);
      expect(result.steps[1]?.message.en).toBe("key event KE-2 (penalty, major: blacklist): −1.005 (窜货骗保)");
      for (const step of [...result.steps, ...sumKeyEvents([]).steps]) expectEnglishLabels(step);
    });
  });

  describe("3.2.6 input problems throw AssessmentInputError", () => {
    it("major event without a date → MAJOR_EVENT_NEEDS_DATE at [0, date]", () => {
      expect(issuesOf(() => sumKeyEvents([{ id: "KE-1", kind: "penalty", points: 5, note: "窜货", major: "downgrade" }]))).toEqual([{ path: [0, "date"], code: "MAJOR_EVENT_NEEDS_DATE" }]);
    });

    it("blacklist event without a date, second in the list → MAJOR_EVENT_NEEDS_DATE at [1, date]", () => {
      expect(issuesOf(() => sumKeyEvents([bonus("KE-1", 1), { id: "KE-2", kind: "penalty", points: 0, note: "工程师挂靠", major: "blacklist" }]))).toEqual([
        { path: [1, "date"], code: "MAJOR_EVENT_NEEDS_DATE" },
      ]);
    });

    it("only a penalty can be major (四.2.2 names only negative events): a major bonus → MAJOR_EVENT_NOT_PENALTY at [0, major]", () => {
      expect(issuesOf(() => sumKeyEvents([{ ...bonus("KE-1", 1), major: "downgrade", date: "2024-08-01" }]))).toEqual([{ path: [0, "major"], code: "MAJOR_EVENT_NOT_PENALTY" }]);
    });

    it('date "2024-02-30" → NOT_CALENDAR_DATE at [0, date]; "2024-8-15" too', () => {
      expect(issuesOf(() => sumKeyEvents([{ ...penalty("KE-1", 5), major: "downgrade", date: "2024-02-30" }]))).toEqual([{ path: [0, "date"], code: "NOT_CALENDAR_DATE" }]);
      expect(issuesOf(() => sumKeyEvents([{ ...bonus("KE-1", 1), date: "2024-8-15" }]))).toEqual([{ path: [0, "date"], code: "NOT_CALENDAR_DATE" }]);
    });

    it("points −1 → NOT_AMOUNT at [0, points]; the text \"2\" → invalid_type at [1, points]: both reported", () => {
      expect(issuesOf(() => sumKeyEvents([keyEvent("KE-1", "penalty", -1), { ...keyEvent("KE-2", "bonus", 0), points: "2" as unknown as number }]))).toEqual([
        { path: [0, "points"], code: "NOT_AMOUNT" },
        { path: [1, "points"], code: "invalid_type" },
      ]);
    });
  });

  describe("3.2.6 called directly, sumKeyEvents refuses what the composer refuses, with paths, never a TypeError", () => {
    refusesAsTheComposer("keyEvents", sumKeyEvents, [
      { why: "null → invalid_type at the list", section: null, issues: [{ path: [], code: "invalid_type" }] },
      { why: "a null event → invalid_type at [0]", section: [null], issues: [{ path: [0], code: "invalid_type" }] },
      {
        why: "a misspelled key (pionts) → unrecognized_keys at it, and points missing",
        section: [{ id: "KE-1", kind: "bonus", pionts: 1, note: "" }],
        issues: [
          { path: [0, "points"], code: "invalid_type" },
          { path: [0, "pionts"], code: "unrecognized_keys" },
        ],
      },
      { why: "a missing note → invalid_type at [0, note]", section: [{ id: "KE-1", kind: "bonus", points: 1 }], issues: [{ path: [0, "note"], code: "invalid_type" }] },
      { why: "an unknown kind (reward) → invalid_value at [0, kind]", section: [keyEvent("KE-1", "reward" as "bonus", 1)], issues: [{ path: [0, "kind"], code: "invalid_value" }] },
      { why: "NaN points → invalid_type at [0, points]", section: [keyEvent("KE-1", "bonus", Number.NaN)], issues: [{ path: [0, "points"], code: "invalid_type" }] },
      { why: "Infinity points → invalid_type at [0, points]", section: [keyEvent("KE-1", "penalty", Number.POSITIVE_INFINITY)], issues: [{ path: [0, "points"], code: "invalid_type" }] },
      { why: 'a string number ("2") → invalid_type at [0, points]', section: [{ id: "KE-1", kind: "bonus", points: "2", note: "" }], issues: [{ path: [0, "points"], code: "invalid_type" }] },
      { why: "an event id twice (KE-1 and \" KE-1\") → DUPLICATE_ID at [1, id]", section: [keyEvent("KE-1", "bonus", 1), keyEvent(" KE-1", "penalty", 1)], issues: [{ path: [1, "id"], code: "DUPLICATE_ID" }] },
      { why: "a major bonus → MAJOR_EVENT_NOT_PENALTY at [0, major]", section: [keyEvent("KE-1", "bonus", 1, { major: "downgrade", date: "2024-08-01" })], issues: [{ path: [0, "major"], code: "MAJOR_EVENT_NOT_PENALTY" }] },
      { why: "a major penalty without its date → MAJOR_EVENT_NEEDS_DATE at [0, date]", section: [keyEvent("KE-1", "penalty", 5, { major: "blacklist" })], issues: [{ path: [0, "date"], code: "MAJOR_EVENT_NEEDS_DATE" }] },
      {
        why: "a bad date does not hide the event's other problems: 2024-02-30 and −1 points both reported",
        section: [keyEvent("KE-1", "penalty", -1, { date: "2024-02-30" })],
        issues: [
          { path: [0, "points"], code: "NOT_AMOUNT" },
          { path: [0, "date"], code: "NOT_CALENDAR_DATE" },
        ],
      },
    ]);
  });
});
