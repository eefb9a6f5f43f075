import { describe, expect, it } from "vitest";
import { type KeyEvent, sumKeyEvents } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";


const bonus = (id: string, points: number): KeyEvent => ({ id, kind: "bonus", points, note: "客户表扬信" });
const penalty = (id: string, points: number): KeyEvent => ({ id, kind: "penalty", points, note: "超期挂账" });

describe("3.2.6 key events", () => {
  describe("3.2.6 adjustment = Σ bonus − Σ penalty", () => {
    it("bonus 2 → +2", () => {
      const result = sumKeyEvents([bonus("KE-1", 2)]);
      expect(result.adjustment).toBe(2);
      expect(result.clause).toBe("3.2.6");
      expect(result.steps.map((s) => s.rule)).toEqual(["key-events.bonus", "key-events.sum"]);
    });

    it("bonus 2 + bonus 1 = 3", () => {
      expect(sumKeyEvents([bonus("KE-1", 2), bonus("KE-2", 1)]).adjustment).toBe(3);
    });

    it("bonus 2 − penalty 3.5 = −1.5 (a negative adjustment)", () => {
      const result = sumKeyEvents([bonus("KE-1", 2), penalty("KE-2", 3.5)]);
      expect(result.adjustment).toBe(-1.5);
      expect(result.steps.map((s) => s.rule)).toEqual(["key-events.bonus", "key-events.penalty", "key-events.sum"]);
      expect(result.steps.at(-1)?.figures).toEqual({ bonus: "2", penalty: "3.5", adjustment: "-1.5" });
    });

    it("penalty 5 alone → −5", () => {
      expect(sumKeyEvents([penalty("KE-1", 5)]).adjustment).toBe(-5);
    });

    it("bonus 3 + bonus 1 − penalty 2 − penalty 2 = 0", () => {
      expect(sumKeyEvents([bonus("A", 3), penalty("B", 2), bonus("C", 1), penalty("D", 2)]).adjustment).toBe(0);
    });

    it("bonus 0.1 + bonus 0.2 = 0.3 exactly (no binary float 0.30000000000000004)", () => {
      expect(sumKeyEvents([bonus("A", 0.1), bonus("B", 0.2)]).adjustment).toBe(0.3);
    });

    it("bonus 0.125 → 0.13 half up (R4)", () => {
      expect(sumKeyEvents([bonus("A", 0.125)]).adjustment).toBe(0.13);
    });

    it("bonus 1 − penalty 1.333 = −0.333 → −0.33", () => {
      expect(sumKeyEvents([bonus("A", 1), penalty("B", 1.333)]).adjustment).toBe(-0.33);
    });

    it("penalty 2.345 → −2.345 → −2.35 (half up = ties away from zero, as roundScore documents)", () => {
      expect(sumKeyEvents([penalty("A", 2.345)]).adjustment).toBe(-2.35);
    });

    it("a major key event counts its points like any other: penalty 10 (major downgrade) → −10, figures carry major and date", () => {
      const result = sumKeyEvents([{ id: "KE-9", kind: "penalty", points: 10, note: "窜货骗保", major: "downgrade", date: "2024-08-15" }]);
      expect(result.adjustment).toBe(-10);
      expect(result.steps[0]?.figures).toEqual({ event: "KE-9", kind: "penalty", points: 10, major: "downgrade", date: "2024-08-15" });
    });

    it("no events → 0, with a step saying so", () => {
      const result = sumKeyEvents([]);
      expect(result.adjustment).toBe(0);
      expect(result.steps).toHaveLength(1);
      expect(result.steps[0]).toMatchObject({ rule: "key-events.none", clause: "3.2.6", figures: { events: 0 } });
      expect(result.steps[0]?.message.zh).not.toBe("");
      expect(result.steps[0]?.message.en).not.toBe("");
    });
  });

  describe("3.2.6 input problems throw AssessmentInputError", () => {
    it("major event without a date → MAJOR_EVENT_NEEDS_DATE at [0, date]", () => {
      expect(issuesOf(() => sumKeyEvents([{ id: "KE-1", kind: "penalty", points: 5, note: "窜货", major: "downgrade" }]))).toEqual([
        { path: [0, "date"], code: "MAJOR_EVENT_NEEDS_DATE" },
      ]);
    });

    it("blacklist event without a date, second in the list → MAJOR_EVENT_NEEDS_DATE at [1, date]", () => {
      expect(issuesOf(() => sumKeyEvents([bonus("KE-1", 1), { id: "KE-2", kind: "penalty", points: 0, note: "工程师挂靠", major: "blacklist" }]))).toEqual([
        { path: [1, "date"], code: "MAJOR_EVENT_NEEDS_DATE" },
      ]);
    });

    it('date "2024-02-30" → NOT_CALENDAR_DATE at [0, date]; "2024-8-15" too', () => {
      expect(issuesOf(() => sumKeyEvents([{ ...penalty("KE-1", 5), major: "downgrade", date: "2024-02-30" }]))).toEqual([{ path: [0, "date"], code: "NOT_CALENDAR_DATE" }]);
      expect(issuesOf(() => sumKeyEvents([{ ...bonus("KE-1", 1), date: "2024-8-15" }]))).toEqual([{ path: [0, "date"], code: "NOT_CALENDAR_DATE" }]);
    });

    it("points −1 → NOT_AMOUNT at [0, points]; NaN too", () => {
      expect(issuesOf(() => sumKeyEvents([penalty("KE-1", -1)]))).toEqual([{ path: [0, "points"], code: "NOT_AMOUNT" }]);
      expect(issuesOf(() => sumKeyEvents([bonus("KE-1", Number.NaN)]))).toEqual([{ path: [0, "points"], code: "NOT_AMOUNT" }]);
    });
  });
});
