import { describe, expect, it } from "vitest";
import { scoreTraining } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";


describe("3.2.5 training participation", () => {
  describe("3.2.5 online 必修课: 100% → 10, ≥80% → 5, <80% → 0 (offline absent: full 10)", () => {
    it.each([
      ["5/5 = 100 % → 10", 5, 5, 10],
      ["99/100 = 99 % → 5 (≥80%, not 100%)", 99, 100, 5],
      ["4/5 = 80 % → 5 (≥80%)", 4, 5, 5],
      ["8/10 = 80 % → 5 (≥80%)", 8, 10, 5],
      ["79/100 = 79 % → 0 (<80%)", 79, 100, 0],
      ["3/4 = 75 % → 0 (<80%)", 3, 4, 0],
      ["0/6 → 0", 0, 6, 0],
    ])("online %s", (_why, completed, required, points) => {
      const result = scoreTraining({ online: { required, completed } });
      expect(result.score).toBe(points + 10);
      expect(result.notApplicable).toBe(false);
      expect(result.steps.find((s) => s.rule === "training.online")?.figures["points"]).toBe(points);
    });

    it('4/5 step: ratio "80%", band "80% ≤ x < 100%"', () => {
      const step = scoreTraining({ online: { required: 5, completed: 4 } }).steps.find((s) => s.rule === "training.online");
      expect(step?.figures).toEqual({ required: 5, completed: 4, ratio: "80%", band: "80% ≤ x < 100%", points: 5 });
    });
  });

  describe("3.2.5 offline 核心工程师: ≥100% → 10, ≥80% → 8, ≥60% → 3, <60% → 0 (online absent: full 10)", () => {
    it.each([
      ["4/4 = 100 % → 10", 4, 4, 10],
      ["4/5 = 80 % → 8 (≥80%)", 4, 5, 8],
      ["99/100 = 99 % → 8", 99, 100, 8],
      ["79/100 = 79 % → 3 (≥60%)", 79, 100, 3],
      ["3/5 = 60 % → 3 (≥60%)", 3, 5, 3],
      ["2/3 = 66.67 % → 3", 2, 3, 3],
      ["59/100 = 59 % → 0 (<60%)", 59, 100, 0],
      ["1/2 = 50 % → 0", 1, 2, 0],
      ["0/3 → 0", 0, 3, 0],
    ])("offline %s", (_why, attended, required, points) => {
      const result = scoreTraining({ offline: { required, attended } });
      expect(result.score).toBe(10 + points);
      expect(result.steps.find((s) => s.rule === "training.offline")?.figures["points"]).toBe(points);
    });
  });

  describe("3.2.5 online + offline", () => {
    it("online 6/6 = 100 % → 10; offline 2/3 = 66.67 % → 3; 10 + 3 = 13", () => {
      const result = scoreTraining({ online: { required: 6, completed: 6 }, offline: { required: 3, attended: 2 } });
      expect(result).toMatchObject({ score: 13, max: 20, clause: "3.2.5", notApplicable: false });
      expect(result.steps.map((s) => s.rule)).toEqual(["training.online", "training.offline", "training.sum"]);
      expect(result.steps.at(-1)?.figures).toEqual({ online: 10, offline: 3, total: "13" });
    });

    it("online 4/5 → 5; offline 4/5 → 8; 5 + 8 = 13", () => {
      expect(scoreTraining({ online: { required: 5, completed: 4 }, offline: { required: 5, attended: 4 } }).score).toBe(13);
    });

    it("online 0/4 → 0; offline 1/3 = 33 % → 0; 0 + 0 = 0", () => {
      expect(scoreTraining({ online: { required: 4, completed: 0 }, offline: { required: 3, attended: 1 } }).score).toBe(0);
    });
  });

  describe("3.2.5 R9 nobody required on a part: that part scores full and is not applicable", () => {
    it("online required 0 → 10 n/a; offline 2/3 → 3; 10 + 3 = 13, item applicable", () => {
      const result = scoreTraining({ online: { required: 0, completed: 0 }, offline: { required: 3, attended: 2 } });
      expect(result.score).toBe(13);
      expect(result.notApplicable).toBe(false);
      expect(result.steps[0]).toMatchObject({ rule: "training.online-not-required", reading: "R9", figures: { required: 0 } });
    });

    it("offline required 0 → 10 n/a; online 79/100 → 0; 0 + 10 = 10", () => {
      const result = scoreTraining({ online: { required: 100, completed: 79 }, offline: { required: 0, attended: 0 } });
      expect(result.score).toBe(10);
      expect(result.notApplicable).toBe(false);
      expect(result.steps.map((s) => s.rule)).toEqual(["training.online", "training.offline-not-required", "training.sum"]);
    });

    it("both parts required 0 → 10 + 10 = 20, item not applicable", () => {
      const result = scoreTraining({ online: { required: 0, completed: 0 }, offline: { required: 0, attended: 0 } });
      expect(result).toMatchObject({ score: 20, notApplicable: true });
    });

    it("empty record {} → 20, not applicable", () => {
      expect(scoreTraining({})).toMatchObject({ score: 20, notApplicable: true });
    });

    it("undefined record → 20, not applicable", () => {
      const result = scoreTraining(undefined);
      expect(result).toMatchObject({ score: 20, max: 20, clause: "3.2.5", notApplicable: true });
      expect(result.steps.map((s) => s.rule)).toEqual(["training.online-not-required", "training.offline-not-required", "training.sum"]);
    });
  });

  describe("3.2.5 input problems throw AssessmentInputError", () => {
    it("online completed 5 > required 4 → COMPLETED_ABOVE_REQUIRED at [online, completed]", () => {
      expect(issuesOf(() => scoreTraining({ online: { required: 4, completed: 5 } }))).toEqual([{ path: ["online", "completed"], code: "COMPLETED_ABOVE_REQUIRED" }]);
    });

    it("offline attended 4 > required 3 → ATTENDED_ABOVE_REQUIRED at [offline, attended]", () => {
      expect(issuesOf(() => scoreTraining({ offline: { required: 3, attended: 4 } }))).toEqual([{ path: ["offline", "attended"], code: "ATTENDED_ABOVE_REQUIRED" }]);
    });

    it("online completed 1 > required 0 → COMPLETED_ABOVE_REQUIRED (not the nobody-required rule)", () => {
      expect(issuesOf(() => scoreTraining({ online: { required: 0, completed: 1 } }))).toEqual([{ path: ["online", "completed"], code: "COMPLETED_ABOVE_REQUIRED" }]);
    });

    it("online required 2.5 and offline attended −1 → NOT_WHOLE_NUMBER at both paths", () => {
      expect(issuesOf(() => scoreTraining({ online: { required: 2.5, completed: 1 }, offline: { required: 3, attended: -1 } }))).toEqual([
        { path: ["online", "required"], code: "NOT_WHOLE_NUMBER" },
        { path: ["offline", "attended"], code: "NOT_WHOLE_NUMBER" },
      ]);
    });
  });
});
