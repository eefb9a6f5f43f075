import { describe, expect, it } from "vitest";
import { scoreTraining } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/**
 * 三.2.6 (table: 2.5) 培训参与率 (20分): "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 | 必修课(代表处每季度组织的技术培训
 * 要求渠道所有核心工程师每季度参加一次) | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分". Worked out by hand.
 */
describe("3.2.5 training: each part's step shows its own figures", () => {
  it("线上 5 of 6 required learners completed (83.33 % ≥ 80 % → 5); 线下 3 of 5 core engineers attended (60 % → 3): 5 + 3 = 8", () => {
    const result = scoreTraining({ online: { required: 6, completed: 5 }, offline: { required: 5, attended: 3 } });
    expect(result.score).toBe(8);
    expect(result.steps.map((step) => [step.rule, step.figures])).toEqual([
      ["training.online", { required: 6, completed: 5, ratio: "83.33%", band: "80% ≤ x < 100%", points: 5 }],
      ["training.offline", { required: 5, attended: 3, ratio: "60%", band: "60% ≤ x < 80%", points: 3 }],
      ["training.sum", { online: 5, offline: 3, total: "8" }],
    ]);
  });

  it("线下 alone (no online course required, R9): the offline step counts who attended, not who completed", () => {
    const result = scoreTraining({ offline: { required: 4, attended: 4 } });
    expect(result.score).toBe(20);
    expect(result.steps.find((step) => step.rule === "training.offline")?.figures).toEqual({ required: 4, attended: 4, ratio: "100%", band: "100% ≤ x", points: 10 });
    expect(result.steps.find((step) => step.rule === "training.online-not-required")).toMatchObject({ reading: "R9", figures: { required: 0 } });
  });
});

describe("3.2.5 SPEC §7 \"counts are whole numbers ≥ 0\": the training rule called directly refuses half a learner", () => {
  it.each([
    [{ online: { required: 2, completed: 1.5 } }, ["online", "completed"]],
    [{ online: { required: 2.5, completed: 1 } }, ["online", "required"]],
    [{ offline: { required: 4, attended: 2.5 } }, ["offline", "attended"]],
    [{ offline: { required: 3.5, attended: 3 } }, ["offline", "required"]],
  ] as const)("%j → NOT_WHOLE_NUMBER at %j", (record, path) => {
    expect(issuesOf(() => scoreTraining(record))).toEqual([{ path, code: "NOT_WHOLE_NUMBER" }]);
  });
});
