import { describe, expect, it } from "vitest";
import {
  AssessmentInputError,
  CLOUD_DESKTOP_2024,
  isMajorProject,
  isReportOnTime,
  type MajorProject,
  type Policy,
  scoreMajorProjects,
} from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/** A WorkSpace project of 320 seats, report due 2024-09-20, submitted 2024-09-18, rated 28. */
const project = (over: Partial<MajorProject> = {}): MajorProject => ({
  id: "MP-01",
  product: "WorkSpace",
  seats: 320,
  deadline: "2024-09-20",
  submittedOn: "2024-09-18",
  rating: 28,
  ...over,
});

/** The issues (path and code) of the AssessmentInputError that `run` throws. */

const rules = (steps: readonly { rule: string }[]) => steps.map((step) => step.rule);

describe("3.2.1 major-project delivery", () => {
  describe("3.2.1 one project: on time scores its rating, else 0", () => {
    it("submitted 2024-09-18, deadline 2024-09-20, rating 28 → 28", () => {
      const result = scoreMajorProjects([project()]);
      expect(result.score).toBe(28);
      expect(result.max).toBe(30);
      expect(result.clause).toBe("3.2.1");
      expect(result.notApplicable).toBe(false);
      expect(rules(result.steps)).toEqual(["major-projects.on-time", "major-projects.mean"]);
    });

    it("R5: submitted on the deadline day 2024-09-20 is on time → 28", () => {
      const result = scoreMajorProjects([project({ submittedOn: "2024-09-20" })]);
      expect(result.score).toBe(28);
      expect(result.steps[0]).toMatchObject({ rule: "major-projects.on-time", clause: "3.2.1", reading: "R5" });
    });

    it("late: submitted 2024-09-21, one day after the deadline → 0, the rating 28 is ignored and a step says so", () => {
      const result = scoreMajorProjects([project({ submittedOn: "2024-09-21" })]);
      expect(result.score).toBe(0);
      expect(result.notApplicable).toBe(false);
      const step = result.steps[0];
      expect(step).toMatchObject({ rule: "major-projects.late", clause: "3.2.1" });
      expect(step?.figures).toMatchObject({ rating: 28, score: 0, submittedOn: "2024-09-21", deadline: "2024-09-20" });
      expect(step?.message.en).toContain("ignored");
      expect(step?.message.zh).toContain("不计");
    });

    it("late without a rating → 0, no rating needed", () => {
      const result = scoreMajorProjects([project({ submittedOn: "2024-10-02", rating: undefined })]);
      expect(result.score).toBe(0);
      expect(result.steps[0]?.rule).toBe("major-projects.late");
      expect(result.steps[0]?.figures["rating"]).toBe(null);
    });

    it("missing (submittedOn null), no rating → 0", () => {
      const result = scoreMajorProjects([project({ submittedOn: null, rating: undefined })]);
      expect(result.score).toBe(0);
      expect(result.steps[0]).toMatchObject({ rule: "major-projects.missing", clause: "3.2.1" });
    });

    it("missing (submittedOn null) with a rating 25 → 0, the rating is ignored and a step says so", () => {
      const result = scoreMajorProjects([project({ submittedOn: null, rating: 25 })]);
      expect(result.score).toBe(0);
      expect(result.steps[0]?.rule).toBe("major-projects.missing");
      expect(result.steps[0]?.figures).toMatchObject({ rating: 25, score: 0 });
      expect(result.steps[0]?.message.en).toContain("ignored");
    });

    it("rating 0 on time → 0 (a rating of 0 is a rating)", () => {
      expect(scoreMajorProjects([project({ rating: 0 })]).score).toBe(0);
    });

    it("rating 30 (the maximum) on time → 30", () => {
      expect(scoreMajorProjects([project({ rating: 30 })]).score).toBe(30);
    });
  });

  describe("3.2.1 R7 several projects: the plain mean of the project scores", () => {
    it("(28 + 0 missing) / 2 = 14", () => {
      const result = scoreMajorProjects([project(), project({ id: "MP-02", seats: 240, submittedOn: null, rating: undefined })]);
      expect(result.score).toBe(14);
      expect(result.steps.at(-1)).toMatchObject({ rule: "major-projects.mean", reading: "R7", figures: { sum: "28", projects: 2, mean: "14" } });
    });

    it("(28 + 0 late + 20) / 3 = 16", () => {
      const result = scoreMajorProjects([
        project(),
        project({ id: "MP-02", submittedOn: "2024-09-25", rating: 30 }),
        project({ id: "MP-03", rating: 20 }),
      ]);
      expect(result.score).toBe(16);
    });

    it("(25 + 15 + 10) / 3 = 16.666… → 16.67 half up, with a rounding step", () => {
      const result = scoreMajorProjects([
        project({ id: "MP-01", rating: 25 }),
        project({ id: "MP-02", rating: 15 }),
        project({ id: "MP-03", rating: 10 }),
      ]);
      expect(result.score).toBe(16.67);
      expect(result.steps.at(-1)).toMatchObject({ rule: "round", clause: "3.2.1", reading: "R4", figures: { rounded: 16.67, decimals: 2 } });
    });

    it("(30 × 7 + 25) / 8 = 235 / 8 = 29.375 → 29.38 half up", () => {
      const projects = [...Array.from({ length: 7 }, (_, i) => project({ id: `MP-${i}`, rating: 30 })), project({ id: "MP-7", rating: 25 })];
      expect(scoreMajorProjects(projects).score).toBe(29.38);
    });

    it("(1 + 0 × 7 missing) / 8 = 0.125 → 0.13 half up", () => {
      const projects = [project({ rating: 1 }), ...Array.from({ length: 7 }, (_, i) => project({ id: `MP-${i + 2}`, submittedOn: null, rating: undefined }))];
      expect(scoreMajorProjects(projects).score).toBe(0.13);
    });

    it("R7 not seat-weighted: 28 on 1000 seats and 0 on 200 seats → (28 + 0) / 2 = 14, not 28 × 1000 / 1200", () => {
      const result = scoreMajorProjects([project({ seats: 1000 }), project({ id: "MP-02", seats: 200, submittedOn: null, rating: undefined })]);
      expect(result.score).toBe(14);
    });
  });

  describe("3.2.1 R1 no major project in the quarter", () => {
    it("[] → 30, not applicable", () => {
      const result = scoreMajorProjects([]);
      expect(result).toMatchObject({ score: 30, max: 30, clause: "3.2.1", notApplicable: true });
      expect(result.steps).toHaveLength(1);
      expect(result.steps[0]).toMatchObject({ rule: "major-projects.none", clause: "3.2.1", reading: "R1" });
    });
  });

  describe("2.major-project a listed project that is not a major project is scored with a warning", () => {
    it("WorkSpace with 150 seats (< 200) → still scores its rating 28, with a warning step", () => {
      const result = scoreMajorProjects([project({ seats: 150 })]);
      expect(result.score).toBe(28);
      const warning = result.steps.find((step) => step.rule === "major-projects.not-major");
      expect(warning).toMatchObject({ clause: "2.major-project", warning: true, figures: { project: "MP-01", product: "WorkSpace", seats: 150 } });
      expect(warning?.message.zh).not.toBe("");
      expect(warning?.message.en).not.toBe("");
    });

    it('product "Other" with 300 seats → scored (28), with a warning step', () => {
      const result = scoreMajorProjects([project({ product: "Other", seats: 300 })]);
      expect(result.score).toBe(28);
      expect(result.steps.filter((step) => step.warning === true).map((step) => step.rule)).toEqual(["major-projects.not-major"]);
    });

    it("WorkSpace with exactly 200 seats (点数≥200) → no warning", () => {
      const result = scoreMajorProjects([project({ seats: 200 })]);
      expect(result.steps.some((step) => step.warning === true)).toBe(false);
    });

    it("isMajorProject: WorkSpace 200 yes, 199 no; LearningSpace 200 yes; \"Learningspace\" (the policy's own spelling) yes; Other 500 no", () => {
      expect(isMajorProject({ product: "WorkSpace", seats: 200 })).toBe(true);
      expect(isMajorProject({ product: "WorkSpace", seats: 199 })).toBe(false);
      expect(isMajorProject({ product: "LearningSpace", seats: 200 })).toBe(true);
      expect(isMajorProject({ product: "Learningspace", seats: 250 })).toBe(true);
      expect(isMajorProject({ product: "Other", seats: 500 })).toBe(false);
    });
  });

  describe("3.2.1 input problems throw AssessmentInputError with path and code", () => {
    it("on time (2024-09-18 ≤ 2024-09-20) without a rating → RATING_REQUIRED at [0, rating]", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ rating: undefined })]))).toEqual([{ path: [0, "rating"], code: "RATING_REQUIRED" }]);
    });

    it("deadline day without a rating → RATING_REQUIRED at [1, rating] for the second project", () => {
      let thrown: unknown;
      try {
        scoreMajorProjects([project(), project({ id: "MP-02", submittedOn: "2024-09-20", rating: undefined })]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AssessmentInputError);
      const issue = (thrown as AssessmentInputError).issues[0];
      expect(issue).toMatchObject({ path: [1, "rating"], pointer: "/1/rating", code: "RATING_REQUIRED" });
      expect(issue?.message.zh).not.toBe("");
      expect(issue?.message.en).not.toBe("");
    });

    it("rating 31 > 30 → RATING_ABOVE_MAX at [0, rating]", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ rating: 31 })]))).toEqual([{ path: [0, "rating"], code: "RATING_ABOVE_MAX" }]);
    });

    it("rating 30.5 > 30 → RATING_ABOVE_MAX, even when late", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ submittedOn: "2024-09-30", rating: 30.5 })]))).toEqual([
        { path: [0, "rating"], code: "RATING_ABOVE_MAX" },
      ]);
    });

    it("negative rating → NOT_AMOUNT; seats 200.5 → NOT_WHOLE_NUMBER; 2024-02-30 → NOT_CALENDAR_DATE", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ rating: -1 })]))).toEqual([{ path: [0, "rating"], code: "NOT_AMOUNT" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ seats: 200.5 })]))).toEqual([{ path: [0, "seats"], code: "NOT_WHOLE_NUMBER" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-02-30" })]))).toEqual([{ path: [0, "deadline"], code: "NOT_CALENDAR_DATE" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ submittedOn: "2024-9-18" })]))).toEqual([{ path: [0, "submittedOn"], code: "NOT_CALENDAR_DATE" }]);
    });
  });

  describe("3.2.1 a custom policy changes the result as its knob says", () => {
    it('aggregation "seat-weighted-mean": 28 × 300 + 0 × 200 = 8400; 8400 / 500 = 16.8 (plain mean would be 14)', () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.majorProjects.aggregation.value = "seat-weighted-mean";
      const projects = [project({ seats: 300 }), project({ id: "MP-02", seats: 200, submittedOn: null, rating: undefined })];
      const result = scoreMajorProjects(projects, policy as Policy);
      expect(result.score).toBe(16.8);
      expect(result.steps.at(-1)).toMatchObject({ rule: "major-projects.seat-weighted-mean", reading: "R7", figures: { weighted: "8400", seats: "500", mean: "16.8" } });
      expect(scoreMajorProjects(projects).score).toBe(14);
    });

    it("deadlineDayIsOnTime false: submitted on the deadline day → late → 0; one day before → 28", () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.majorProjects.deadlineDayIsOnTime.value = false;
      const onDay = scoreMajorProjects([project({ submittedOn: "2024-09-20" })], policy as Policy);
      expect(onDay.score).toBe(0);
      expect(onDay.steps[0]?.rule).toBe("major-projects.late");
      expect(scoreMajorProjects([project({ submittedOn: "2024-09-19" })], policy as Policy).score).toBe(28);
    });

    it("deadlineDayIsOnTime false: deadline day without a rating is late, so no RATING_REQUIRED → 0", () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.majorProjects.deadlineDayIsOnTime.value = false;
      expect(scoreMajorProjects([project({ submittedOn: "2024-09-20", rating: undefined })], policy as Policy).score).toBe(0);
    });

    it("isReportOnTime: deadline day true by default (R5), false with deadlineDayIsOnTime false; null never on time", () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.majorProjects.deadlineDayIsOnTime.value = false;
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-20" })).toBe(true);
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-20" }, policy as Policy)).toBe(false);
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-21" })).toBe(false);
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: null })).toBe(false);
    });
  });
});
