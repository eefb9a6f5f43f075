import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type PassChange, toPass } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

// Expected values worked out by hand from the policy; the arithmetic is in each test's name.

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", `${name}.json`), "utf8"));
const brief = (change: PassChange) => [change.path, change.from, change.to, change.cost, change.scoreAfter, change.totalAfter, change.downgradeAfter];

describe("4.1.a toPass: an item at 0", () => {
  it("ECR 18/100 = 18 % → 0: 2 fewer simple calls (16 %) or 13 more calls (18/113) lift it to 3; cheapest first; the star is then kept (fixture 07: 71.41 + 3)", () => {
    const result = toPass(fixture("07-item-zero-ecr"));
    expect(result.downgrade).toBe(true);
    expect(result.reasons).toHaveLength(1);
    const [reason] = result.reasons;
    expect(reason).toMatchObject({ code: "ITEM_ZERO", clause: "4.1.a", item: "ecr", byScores: true });
    expect(reason?.changes.map(brief)).toEqual([
      ["/ecr/simpleCalls", 18, 16, 2, 3, 74.41, false],
      ["/ecr/totalCalls", 100, 113, 13, 3, 74.41, false],
    ]);
    expect(reason?.message.en).toBe("ECR (simple-question ratio) scored 0 (4.1.a): 2 single changes lift it above 0, cheapest first");
    expect(reason?.message.zh).toBe("ECR(简单问题占比)得 0 分(四.1.a):共 2 种单项改动可使其高于 0 分,按代价从小到大排列");
    expect(result.message.en).toBe("1 reason on scores, 0 that no score removes; 2 single changes clear the downgrade entirely");
  });

  it("three items at 0 and a total of 11.5: each item's own changes; no single change lifts 58.5 points (fixture 08)", () => {
    const result = toPass(fixture("08-multi-item-zero-below-70"));
    expect(result.reasons.map((reason) => [reason.code, reason.item ?? null, reason.changes.length])).toEqual([
      ["ITEM_ZERO", "majorProjects", 1],
      ["ITEM_ZERO", "repOffice", 4],
      ["ITEM_ZERO", "training", 4],
      ["TOTAL_BELOW_THRESHOLD", null, 0],
    ]);
    const [projects, rep, training, total] = result.reasons;
    // MP-11 late with 25: submitted by 2025-03-21 (7 days earlier) → (25 + 0) / 2 = 12.5; MP-12 missing without a rating: none
    expect(projects?.changes.map(brief)).toEqual([["/majorProjects/0/submittedOn", "2025-03-28", "2025-03-21", 7, 12.5, 24, true]]);
    // 10 − 11.5 = −1.5: +2 in 0.5 steps (4), 4 cases fewer (4), 14 → 9 tickets (5); the person-days give only +1.5
    expect(rep?.changes.map(brief)).toEqual([
      ["/repOffice/deliveryQualityDeduction", 3, 1, 4, 0.5, 12, true],
      ["/repOffice/unlicensedWorkCases", 4, 0, 4, 0.5, 12, true],
      ["/repOffice/keyEventDeduction", 2, 0, 4, 0.5, 12, true],
      ["/repOffice/simpleIssueTickets", 14, 9, 5, 0.5, 12, true],
    ]);
    // online 3/6, offline 1/3: 2/3 = 66.67 % → 3 (1); 5/6 → 5 (2); 1/1 → 10 (2); 3/3 → 10 (3)
    expect(training?.changes.map(brief)).toEqual([
      ["/training/offline/attended", 1, 2, 1, 3, 14.5, true],
      ["/training/online/completed", 3, 5, 2, 5, 16.5, true],
      ["/training/offline/required", 3, 1, 2, 10, 21.5, true],
      ["/training/online/required", 6, 3, 3, 10, 21.5, true],
    ]);
    expect(total?.message.en).toBe("total 11.5 is 58.5 below 70 (4.1.b): no single change lifts it to 70");
    expect(projects?.changes[0]?.message.en).toContain("MP-2501-11's handover report submitted on 2025-03-21 instead of 2025-03-28");
  });

  it("satisfaction 0 − 5 → 0 with falsified customer information: 非常不满意 → 回访不通 gives 25 − 2 − 5 = 18 (1 step), 提醒后回访不通 → 不满意 gives 5 / 2 = 2.5 (3 steps); the falsification remains (fixture 09)", () => {
    const result = toPass(fixture("09-falsified-with-item-zero"));
    const [zero, falsified] = result.reasons;
    expect(zero?.changes.map(brief)).toEqual([
      ["/satisfaction/0/outcome", "非常不满意", "回访不通", 1, 18, 94, true],
      ["/satisfaction/1/outcome", "提醒后回访不通", "不满意", 3, 2.5, 78.5, true],
    ]);
    expect(falsified).toMatchObject({ code: "CUSTOMER_INFO_FALSIFIED", clause: "3.2.2", byScores: false, changes: [] });
    expect(falsified?.message.en).toBe("falsified customer information (3.2.2): the star is cancelled for a quarter whatever the scores, and 7.1 lets H3C go further; no score change removes it");
    expect(result.message.en).toBe("1 reason on scores, 1 that no score removes; 0 single changes clear the downgrade entirely");
    expect(result.message.zh).toBe("得分原因 1 项,得分无法消除的原因 1 项;有 0 种单项改动可完全解除降级");
  });
});

describe("4.1.b toPass: a total below 70", () => {
  it("62 lacks 8: only training can give 8 alone: online 7/9 → 9/9 (2 completions) or 7/7 (2 fewer required): 0 + 3 → 10 + 3 = 13 ≥ 3 + 8 (fixture 04)", () => {
    const [reason] = toPass(fixture("04-few-simple-calls-below-70")).reasons;
    expect(reason).toMatchObject({ code: "TOTAL_BELOW_THRESHOLD", clause: "4.1.b", byScores: true });
    expect(reason?.changes.map(brief)).toEqual([
      ["/training/online/completed", 7, 9, 2, 13, 72, false],
      ["/training/online/required", 9, 7, 2, 13, 72, false],
    ]);
    expect(reason?.message.en).toBe("total 62 is 8 below 70 (4.1.b): 2 single changes lift it to 70, cheapest first");
  });

  it("69.99 lacks 0.01: the smallest rises, e.g. one rating 0.5 higher (123.5 / 7 = 17.64) (fixture 06)", () => {
    const [reason] = toPass(fixture("06-just-below-69-99")).reasons;
    expect(reason?.changes[0]).toMatchObject({ path: "/majorProjects/0/rating", from: 26, to: 26.5, cost: 1, scoreAfter: 17.64, totalAfter: 70.06, downgradeAfter: false });
    expect(reason?.changes.every((change) => change.totalAfter >= 70)).toBe(true);
  });
});

describe("4.2.2 / 3.2.2 toPass: reasons no score removes", () => {
  it("a major key event is named, with no changes (fixture 11)", () => {
    const result = toPass(fixture("11-major-event-downgrade"));
    expect(result.reasons).toEqual([
      {
        code: "MAJOR_KEY_EVENT",
        clause: "4.2.2",
        eventId: "KE-2503-41",
        byScores: false,
        changes: [],
        message: {
          zh: "重要关键事件 KE-2503-41(四.2.2,降级):由 H3C 处理;任何得分改动都无法消除",
          en: "major key event KE-2503-41 (4.2.2, downgrade): H3C's own decision; no score change removes it",
        },
      },
    ]);
  });

  it("a blacklist with ECR at 0: the rate to 16 % (550 hundredths of a point) lifts ECR, and the verdict still downgrades (fixture 12)", () => {
    const result = toPass(fixture("12-blacklist-below-70"));
    expect(result.reasons.map((reason) => reason.code)).toEqual(["ITEM_ZERO", "TOTAL_BELOW_THRESHOLD", "MAJOR_KEY_EVENT", "MAJOR_KEY_EVENT"]);
    expect(result.reasons[0]?.changes.map(brief)).toEqual([["/ecr/rate", "21.5%", "16%", 550, 3, 9.5, true]]);
    expect(result.reasons[3]?.message.en).toBe("major key event KE-2504-53 (4.2.2, downgrade): H3C's own decision; no score change removes it");
    expect(result.reasons[2]?.message.en).toBe("major key event KE-2504-51 (4.2.2, blacklist): H3C's own decision; no score change removes it");
  });
});

describe("H5 toPass for a quarter that keeps its star", () => {
  it("no reasons, nothing to remove (fixture 01)", () => {
    const result = toPass(fixture("01-all-clear"));
    expect(result).toMatchObject({ partnerId: "P-0101", quarter: "2024-Q2", downgrade: false, total: 101, threshold: 70, reasons: [] });
    expect(result.message).toEqual({ zh: "未降级:无需改动", en: "no downgrade: nothing to remove" });
  });

  it("bad input throws AssessmentInputError", () => {
    expect(issuesOf(() => toPass({ partner: { id: "P" }, quarter: "2024-Q3", ecr: { simpleCalls: -1, totalCalls: 5 } }))).toEqual([{ path: ["ecr", "simpleCalls"], code: "NOT_WHOLE_NUMBER" }]);
  });
});
