import { describe, expect, it } from "vitest";
import { scoreTraining } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { refusesAsTheComposer } from "../support/refusals.js";
import { expectEnglishLabels, figuresOf, rulesOf, stepOf } from "../support/steps.js";

/**
 * 三.2.6 (table: 2.5) 培训参与率 (20分): "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 | 必修课(代表处每季度组织的技术培训
 * 要求渠道所有核心工程师每季度参加一次) | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分". Reading R9: a part with nobody
 * required, or not reported, scores its full 10 and is not applicable. Worked out by hand.
 */

describe("3.2.5 training participation", () => {
  describe("3.2.5 online 必修课: 100% → 10, ≥80% → 5, <80% → 0 (offline not reported: full 10)", () => {
    it.each([
      ["5/5 = 100 % → 10", 5, 5, 10],
      ["999,999/1,000,000 = 99.9999 % → 5 (≥80%, not 100%)", 999_999, 1_000_000, 5],
      ["99/100 = 99 % → 5 (≥80%, not 100%)", 99, 100, 5],
      ["800,001/1,000,000 = 80.0001 % → 5 (≥80%)", 800_001, 1_000_000, 5],
      ["4/5 = 80 % → 5 (≥80%)", 4, 5, 5],
      ["8/10 = 80 % → 5 (≥80%)", 8, 10, 5],
      ["799,999/1,000,000 = 79.9999 % → 0 (<80%)", 799_999, 1_000_000, 0],
      ["79/100 = 79 % → 0 (<80%)", 79, 100, 0],
      ["3/4 = 75 % → 0 (<80%)", 3, 4, 0],
      ["0/6 → 0", 0, 6, 0],
    ])("online %s", (_why, completed, required, points) => {
      const result = scoreTraining({ online: { required, completed } });
      expect(result.score).toBe(points + 10);
      expect(result.notApplicable).toBe(false);
      expect(figuresOf(result.steps, "training.online").points).toBe(points);
    });

    it('4/5 step: the counts, ratio "80%", band "80% ≤ x < 100%", 5 points', () => {
      expect(figuresOf(scoreTraining({ online: { required: 5, completed: 4 } }).steps, "training.online")).toEqual({ required: 5, done: 4, ratio: "80%", band: "80% ≤ x < 100%", points: 5 });
    });
  });

  describe("3.2.5 offline 核心工程师: ≥100% → 10, ≥80% → 8, ≥60% → 3, <60% → 0 (online not reported: full 10)", () => {
    it.each([
      ["4/4 = 100 % → 10", 4, 4, 10],
      ["999,999/1,000,000 = 99.9999 % → 8 (≥80%)", 999_999, 1_000_000, 8],
      ["99/100 = 99 % → 8", 99, 100, 8],
      ["800,001/1,000,000 → 8 (≥80%)", 800_001, 1_000_000, 8],
      ["4/5 = 80 % → 8 (≥80%)", 4, 5, 8],
      ["799,999/1,000,000 = 79.9999 % → 3 (≥60%)", 799_999, 1_000_000, 3],
      ["79/100 = 79 % → 3 (≥60%)", 79, 100, 3],
      ["2/3 = 66.67 % → 3", 2, 3, 3],
      ["600,001/1,000,000 → 3 (≥60%)", 600_001, 1_000_000, 3],
      ["3/5 = 60 % → 3 (≥60%)", 3, 5, 3],
      ["599,999/1,000,000 = 59.9999 % → 0 (<60%)", 599_999, 1_000_000, 0],
      ["59/100 = 59 % → 0 (<60%)", 59, 100, 0],
      ["1/2 = 50 % → 0", 1, 2, 0],
      ["0/3 → 0", 0, 3, 0],
    ])("offline %s", (_why, attended, required, points) => {
      const result = scoreTraining({ offline: { required, attended } });
      expect(result.score).toBe(10 + points);
      expect(figuresOf(result.steps, "training.offline").points).toBe(points);
    });
  });

  describe("3.2.5 online + offline", () => {
    it("online 6/6 = 100 % → 10; offline 2/3 = 66.67 % → 3; 10 + 3 = 13", () => {
      const result = scoreTraining({ online: { required: 6, completed: 6 }, offline: { required: 3, attended: 2 } });
      expect(result).toMatchObject({ score: 13, max: 20, clause: "3.2.5", notApplicable: false });
      expect(rulesOf(result.steps)).toEqual(["training.online", "training.offline", "training.sum"]);
      expect(figuresOf(result.steps, "training.offline")).toEqual({ required: 3, done: 2, ratio: "≈66.67%", band: "60% ≤ x < 80%", points: 3 });
      expect(result.steps.at(-1)?.figures).toEqual({ online: 10, offline: 3, total: "13" });
    });

    it("线上 5 of 6 learners (83.33 % ≥ 80 % → 5); 线下 3 of 5 core engineers (60 % → 3): 5 + 3 = 8; each part's step shows its own figures", () => {
      const result = scoreTraining({ online: { required: 6, completed: 5 }, offline: { required: 5, attended: 3 } });
      expect(result.score).toBe(8);
      expect(result.steps.map((step) => [step.rule, step.figures])).toEqual([
        ["training.online", { required: 6, done: 5, ratio: "≈83.33%", band: "80% ≤ x < 100%", points: 5 }],
        ["training.offline", { required: 5, done: 3, ratio: "60%", band: "60% ≤ x < 80%", points: 3 }],
        ["training.sum", { online: 5, offline: 3, total: "8" }],
      ]);
    });

    it("online 4/5 → 5; offline 4/5 → 8; 5 + 8 = 13", () => {
      expect(scoreTraining({ online: { required: 5, completed: 4 }, offline: { required: 5, attended: 4 } }).score).toBe(13);
    });

    it("online 0/4 → 0; offline 1/3 = 33 % → 0; 0 + 0 = 0", () => {
      expect(scoreTraining({ online: { required: 4, completed: 0 }, offline: { required: 3, attended: 1 } }).score).toBe(0);
    });
  });

  describe("3.2.5 R9 a part with nobody required scores full and is not applicable", () => {
    it("online required 0 → 10 n/a; offline 2/3 → 3; 10 + 3 = 13, item applicable", () => {
      const result = scoreTraining({ online: { required: 0, completed: 0 }, offline: { required: 3, attended: 2 } });
      expect(result.score).toBe(13);
      expect(result.notApplicable).toBe(false);
      expect(result.steps[0]).toEqual({ rule: "training.online-not-required", clause: "3.2.5", reading: "R9", message: expect.any(Object), figures: { required: 0, score: 10 } });
    });

    it("offline required 0 → 10 n/a; online 79/100 → 0; 0 + 10 = 10", () => {
      const result = scoreTraining({ online: { required: 100, completed: 79 }, offline: { required: 0, attended: 0 } });
      expect(result.score).toBe(10);
      expect(result.notApplicable).toBe(false);
      expect(rulesOf(result.steps)).toEqual(["training.online", "training.offline-not-required", "training.sum"]);
    });

    it("both parts required 0 → 10 + 10 = 20, item not applicable", () => {
      expect(scoreTraining({ online: { required: 0, completed: 0 }, offline: { required: 0, attended: 0 } })).toMatchObject({ score: 20, notApplicable: true });
    });
  });

  describe("3.2.5 R9 a part not reported scores full and is not applicable, and its step says \"not reported\"", () => {
    it("undefined record → 20, not applicable; both steps say not reported", () => {
      const result = scoreTraining(undefined);
      expect(result).toMatchObject({ score: 20, max: 20, clause: "3.2.5", notApplicable: true });
      expect(rulesOf(result.steps)).toEqual(["training.online-not-reported", "training.offline-not-reported", "training.sum"]);
      expect(result.steps[0]).toEqual({ rule: "training.online-not-reported", clause: "3.2.5", reading: "R9", message: expect.any(Object), figures: { score: 10 } });
    });

    it("empty record {} → 20, not applicable, the same steps", () => {
      const result = scoreTraining({});
      expect(result).toMatchObject({ score: 20, notApplicable: true });
      expect(rulesOf(result.steps)).toEqual(["training.online-not-reported", "training.offline-not-reported", "training.sum"]);
    });

    it("线下 alone (online left out): the online part is not reported, not \"nobody required\"; the offline step counts who attended", () => {
      const result = scoreTraining({ offline: { required: 4, attended: 4 } });
      expect(result.score).toBe(20);
      expect(figuresOf(result.steps, "training.offline")).toEqual({ required: 4, done: 4, ratio: "100%", band: "100% ≤ x", points: 10 });
      expect(stepOf(result.steps, "training.online-not-reported")).toMatchObject({ reading: "R9", figures: { score: 10 } });
      expect(rulesOf(result.steps)).not.toContain("training.online-not-required");
    });

    it("an omitted offline part reads \"not reported\" in both languages, never \"no core engineer required\"", () => {
      const step = stepOf(scoreTraining({ online: { required: 6, completed: 6 } }).steps, "training.offline-not-reported");
      expect(step.message.en).toContain("offline training: not reported");
      expect(step.message.en).not.toContain("no core engineer");
      expect(step.message.zh).toContain("线下培训:未报告");
      const nobody = stepOf(scoreTraining({ offline: { required: 0, attended: 0 } }).steps, "training.offline-not-required");
      expect(nobody.message.en).toContain("no core engineer required");
    });
  });

  describe("3.2.5 messages", () => {
    it("each part is named in English in the English sentence: 4/5 learners = 80%, band 80% ≤ x < 100%: 5 points", () => {
      const result = scoreTraining({ online: { required: 5, completed: 4 }, offline: { required: 3, attended: 2 } });
      expect(stepOf(result.steps, "training.online").message.en).toBe("online mandatory courses completed by 4/5 learners = 80%, band 80% ≤ x < 100%: 5 points");
      expect(stepOf(result.steps, "training.offline").message.en).toBe("offline training attended by 2/3 core engineers = ≈66.67%, band 60% ≤ x < 80%: 3 points");
      for (const step of [...result.steps, ...scoreTraining(undefined).steps, ...scoreTraining({ online: { required: 0, completed: 0 }, offline: { required: 0, attended: 0 } }).steps]) {
        expectEnglishLabels(step);
      }
    });

    it("a share just below an edge never reads as the edge: 799,999 of 1,000,001 learners (79.9998…%) → ≈79.9998%, in x < 80%", () => {
      expect(figuresOf(scoreTraining({ online: { required: 1_000_001, completed: 799_999 } }).steps, "training.online")).toMatchObject({ ratio: "≈79.9998%", band: "x < 80%", points: 0 });
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

    it.each([
      [{ online: { required: 2, completed: 1.5 } }, ["online", "completed"]],
      [{ online: { required: 2.5, completed: 1 } }, ["online", "required"]],
      [{ offline: { required: 4, attended: 2.5 } }, ["offline", "attended"]],
      [{ offline: { required: 3.5, attended: 3 } }, ["offline", "required"]],
    ] as const)("counts are whole numbers ≥ 0: half a learner %j → NOT_WHOLE_NUMBER at %j", (record, path) => {
      expect(issuesOf(() => scoreTraining(record))).toEqual([{ path, code: "NOT_WHOLE_NUMBER" }]);
    });
  });

  describe("3.2.5 called directly, scoreTraining refuses what the composer refuses, with paths, never a TypeError", () => {
    refusesAsTheComposer("training", scoreTraining, [
      { why: "null → invalid_type at the record", section: null, issues: [{ path: [], code: "invalid_type" }] },
      { why: "a null part → invalid_type at [online]", section: { online: null }, issues: [{ path: ["online"], code: "invalid_type" }] },
      {
        why: "completed where attended belongs (offline) → attended missing, completed unknown: refused, never scored 0",
        section: { offline: { required: 3, completed: 3 } },
        issues: [
          { path: ["offline", "attended"], code: "invalid_type" },
          { path: ["offline", "completed"], code: "unrecognized_keys" },
        ],
      },
      {
        why: "attended where completed belongs (online) → completed missing, attended unknown",
        section: { online: { required: 3, attended: 3 } },
        issues: [
          { path: ["online", "completed"], code: "invalid_type" },
          { path: ["online", "attended"], code: "unrecognized_keys" },
        ],
      },
      { why: "a missing field (online without completed) → invalid_type at [online, completed]", section: { online: { required: 3 } }, issues: [{ path: ["online", "completed"], code: "invalid_type" }] },
      { why: "a misspelled part (onlne) → unrecognized_keys at it", section: { onlne: { required: 3, completed: 3 } }, issues: [{ path: ["onlne"], code: "unrecognized_keys" }] },
      { why: "NaN learners → invalid_type at [online, required]", section: { online: { required: Number.NaN, completed: 1 } }, issues: [{ path: ["online", "required"], code: "invalid_type" }] },
      { why: "Infinity attended → invalid_type at [offline, attended]", section: { offline: { required: 3, attended: Number.POSITIVE_INFINITY } }, issues: [{ path: ["offline", "attended"], code: "invalid_type" }] },
      { why: 'a string number ("3") → invalid_type at [online, required]', section: { online: { required: "3", completed: 1 } }, issues: [{ path: ["online", "required"], code: "invalid_type" }] },
    ]);
  });
});
