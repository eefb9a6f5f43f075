import { describe, expect, it } from "vitest";
import { type KeyEvent, sumKeyEvents } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/**
 * 三.2.7 (table: 2.6) 关键事件 (加减分项): "视严重程度在当季度进行扣分处理 … 视优秀程度在当季度进行加分处理"; SPEC §3: adjustment =
 * Σ bonus − Σ penalty, "each item is computed exactly (decimal.js, never binary floats)". Worked out by hand.
 */
const event = (id: string, kind: "bonus" | "penalty", points: number): KeyEvent => ({ id, kind, points, note: "" });

describe("3.2.6 key events", () => {
  it("no event: adjustment 0, and the step says 0 events", () => {
    expect(sumKeyEvents([])).toEqual({ adjustment: 0, clause: "3.2.6", steps: [{ rule: "key-events.none", clause: "3.2.6", message: expect.any(Object), figures: { events: 0 } }] });
  });

  it("sums exactly: bonus 0.1 + 0.2, penalty 0.3 → 0.3 − 0.3 = 0 (binary floats: 5.55e-17)", () => {
    const result = sumKeyEvents([event("KE-1", "bonus", 0.1), event("KE-2", "bonus", 0.2), event("KE-3", "penalty", 0.3)]);
    expect(result.adjustment).toBe(0);
    expect(result.steps.at(-1)?.figures).toEqual({ bonus: "0.3", penalty: "0.3", adjustment: "0" });
  });

  it("bonus 2, penalties 1.25 and 3.5: 2 − 4.75 = −2.75", () => {
    const result = sumKeyEvents([event("KE-1", "bonus", 2), event("KE-2", "penalty", 1.25), event("KE-3", "penalty", 3.5)]);
    expect(result.adjustment).toBe(-2.75);
    expect(result.steps.at(-1)?.figures).toEqual({ bonus: "2", penalty: "4.75", adjustment: "-2.75" });
  });

  it("R4 rounds like an item, half away from zero: penalty 2.345 → −2.35; bonus 2.345 → 2.35", () => {
    expect(sumKeyEvents([event("KE-1", "penalty", 2.345)]).adjustment).toBe(-2.35);
    expect(sumKeyEvents([event("KE-1", "bonus", 2.345)]).adjustment).toBe(2.35);
  });

  it("SPEC §7 key-event points ≥ 0, a number: −1 and the text \"2\" are refused", () => {
    expect(issuesOf(() => sumKeyEvents([event("KE-1", "penalty", -1), { ...event("KE-2", "bonus", 0), points: "2" as unknown as number }]))).toEqual([
      { path: [0, "points"], code: "NOT_AMOUNT" },
      { path: [1, "points"], code: "NOT_AMOUNT" },
    ]);
  });
});
