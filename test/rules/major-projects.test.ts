import { describe, expect, it } from "vitest";
import { AssessmentInputError, isMajorProject, isReportOnTime, scoreMajorProjects, scoreReportedProjects } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { policyWith } from "../support/policies.js";
import { refusesAsTheComposer } from "../support/refusals.js";
import { project } from "../support/sections.js";
import { expectEnglishLabels, figuresOf, rulesOf, stepOf } from "../support/steps.js";

/**
 * 三.2.1 H3C重大项目交付考核 (30分): "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,代表处根据实际反馈
 * 情况进行打分,满分30分,有多项重大项目的服务合作伙伴按照比例进行分数计算。" and 二.3.7 "重大项目 … WorkSpace、
 * LearningSpace | 点数≥200". Readings R1 (no project: 30), R5 (the deadline day is on time), R7 (a
 * plain mean). Expected values worked out by hand from the clause.
 */

/** The 2024 policy with R7 read the other way: "按照比例" as a mean weighted by seats (点数). */
const seatWeighted = () => policyWith((p) => (p.majorProjects.aggregation.value = "seat-weighted-mean"));

describe("3.2.1 major-project delivery", () => {
  describe("3.2.1 one project: on time scores its rating, else 0", () => {
    it("submitted 2024-09-18, deadline 2024-09-20, rating 28 → 28; the step shows project, dates, rating and score", () => {
      const result = scoreMajorProjects([project()]);
      expect(result).toMatchObject({ score: 28, max: 30, clause: "3.2.1", notApplicable: false });
      expect(rulesOf(result.steps)).toEqual(["major-projects.on-time", "major-projects.mean"]);
      expect(result.steps[0]).toEqual({
        rule: "major-projects.on-time",
        clause: "3.2.1",
        reading: "R5",
        message: expect.any(Object),
        figures: { project: "MP-01", deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28, score: 28 },
      });
    });

    it.each([
      ["2024-09-19, the day before the deadline: on time → 28", "2024-09-19", 28, "major-projects.on-time"],
      ["R5: 2024-09-20, the deadline day: on time → 28", "2024-09-20", 28, "major-projects.on-time"],
      ["2024-09-21, the day after: late → 0", "2024-09-21", 0, "major-projects.late"],
    ] as const)("submitted %s", (_why, submittedOn, score, rule) => {
      const result = scoreMajorProjects([project({ submittedOn })]);
      expect(result.score).toBe(score);
      expect(result.steps[0]?.rule).toBe(rule);
    });

    it("late: submitted 2024-09-21, one day after the deadline → 0, the rating 28 is ignored and a step says so", () => {
      const result = scoreMajorProjects([project({ submittedOn: "2024-09-21" })]);
      expect(result.score).toBe(0);
      expect(result.notApplicable).toBe(false);
      const step = stepOf(result.steps, "major-projects.late");
      expect(step).toMatchObject({ clause: "3.2.1", figures: { rating: 28, score: 0, submittedOn: "2024-09-21", deadline: "2024-09-20" } });
      expect(step.message.en).toContain("ignored");
      expect(step.message.zh).toContain("不计");
    });

    it("late without a rating → 0, no rating needed; the step shows the rating as null", () => {
      const result = scoreMajorProjects([project({ submittedOn: "2024-10-02", rating: undefined })]);
      expect(result.score).toBe(0);
      expect(figuresOf(result.steps, "major-projects.late").rating).toBe(null);
    });

    it("missing (submittedOn null), no rating → 0", () => {
      const result = scoreMajorProjects([project({ submittedOn: null, rating: undefined })]);
      expect(result.score).toBe(0);
      expect(result.steps[0]).toMatchObject({ rule: "major-projects.missing", clause: "3.2.1" });
    });

    it("missing (submittedOn null) with a rating 25 → 0, the rating is ignored and a step says so", () => {
      const result = scoreMajorProjects([project({ submittedOn: null, rating: 25 })]);
      expect(result.score).toBe(0);
      expect(figuresOf(result.steps, "major-projects.missing")).toMatchObject({ rating: 25, score: 0 });
      expect(result.steps[0]?.message.en).toContain("ignored");
    });

    it("rating 0 on time → 0 (a rating of 0 is a rating); 30 (the maximum) → 30; 29.99 → 29.99", () => {
      expect(scoreMajorProjects([project({ rating: 0 })]).score).toBe(0);
      expect(scoreMajorProjects([project({ rating: 30 })]).score).toBe(30);
      expect(scoreMajorProjects([project({ rating: 29.99 })]).score).toBe(29.99);
    });
  });

  describe("3.2.1 R7 several projects: the plain mean of the project scores", () => {
    it("(28 + 0 missing) / 2 = 14", () => {
      const result = scoreMajorProjects([project(), project({ id: "MP-02", seats: 240, submittedOn: null, rating: undefined })]);
      expect(result.score).toBe(14);
      expect(result.steps.at(-1)).toMatchObject({ rule: "major-projects.mean", reading: "R7", figures: { sum: "28", projects: 2, mean: "14" } });
    });

    it("(28 + 0 late + 20) / 3 = 16", () => {
      const result = scoreMajorProjects([project(), project({ id: "MP-02", submittedOn: "2024-09-25", rating: 30 }), project({ id: "MP-03", rating: 20 })]);
      expect(result.score).toBe(16);
    });

    it("(25 + 15 + 10) / 3 = 50/3 = 16.666… → 16.67 half up; the mean is shown as the exact ratio 50/3, then rounded in a step of its own", () => {
      const result = scoreMajorProjects([project({ id: "MP-01", rating: 25 }), project({ id: "MP-02", rating: 15 }), project({ id: "MP-03", rating: 10 })]);
      expect(result.score).toBe(16.67);
      expect(figuresOf(result.steps, "major-projects.mean")).toEqual({ sum: "50", projects: 3, mean: "50/3" });
      expect(result.steps.at(-1)).toEqual({ rule: "round", clause: "3.2.1", reading: "R4", message: expect.any(Object), figures: { exact: "50/3", rounded: 16.67, decimals: 2 } });
      expect(result.steps.at(-1)?.message.en).toBe("exact 50/3 rounded half up to 2 decimals: 16.67");
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
    it("[] → 30, not applicable, and the step says there were 0 projects", () => {
      const result = scoreMajorProjects([]);
      expect(result).toMatchObject({ score: 30, max: 30, clause: "3.2.1", notApplicable: true });
      expect(result.steps).toEqual([{ rule: "major-projects.none", clause: "3.2.1", reading: "R1", message: expect.any(Object), figures: { projects: 0, score: 30 } }]);
    });

    it("undefined (the section left out) scores as no project: 30, not applicable", () => {
      expect(scoreMajorProjects(undefined)).toMatchObject({ score: 30, notApplicable: true });
    });
  });

  describe("2.major-project 二.3.7 \"WorkSpace、LearningSpace | 点数≥200\": a listed project that is not major is scored, with a warning", () => {
    it.each([
      ["WorkSpace", 200, true],
      ["WorkSpace", 201, true],
      ["LearningSpace", 200, true],
      ["workspace", 200, true], // the policy itself writes "Learningspace" and "WorkSpase": case is not part of the name
      ["LEARNINGSPACE", 5000, true],
      ["Learningspace", 250, true],
      ["WorkSpace", 199, false],
      ["LearningSpace", 0, false],
      ["CAS", 500, false],
      ["Other", 500, false],
      ["WorkSpace Pro", 500, false],
    ] as const)("%s with %i seats → major %s", (product, seats, major) => {
      expect(isMajorProject({ product, seats })).toBe(major);
    });

    it("WorkSpace with 199 seats (< 200) still scores its rating 28, with a warning step that names the definition: WorkSpace / LearningSpace, ≥ 200 seats", () => {
      const result = scoreMajorProjects([project({ seats: 199 })]);
      expect(result.score).toBe(28);
      const warning = stepOf(result.steps, "major-projects.not-major");
      expect(warning).toMatchObject({ clause: "2.major-project", warning: true, figures: { project: "MP-01", product: "WorkSpace", seats: 199, products: "WorkSpace / LearningSpace", minSeats: 200 } });
      expect(warning.message.en).toContain("(WorkSpace / LearningSpace, ≥ 200 seats)");
      expect(warning.message.zh).toContain("WorkSpace / LearningSpace,点数≥200");
    });

    it('product "Other" with 300 seats → scored (28), with one warning step', () => {
      const result = scoreMajorProjects([project({ product: "Other", seats: 300 })]);
      expect(result.score).toBe(28);
      expect(result.steps.filter((step) => step.warning === true).map((step) => step.rule)).toEqual(["major-projects.not-major"]);
    });

    it("WorkSpace with exactly 200 seats (点数≥200) → no warning", () => {
      const result = scoreMajorProjects([project({ seats: 200 })]);
      expect(result.steps.some((step) => step.warning === true)).toBe(false);
      expect(rulesOf(result.steps)).not.toContain("major-projects.not-major");
    });
  });

  describe("3.2.1 R7 \"按照比例\" read as a seat-weighted mean (the policy value `aggregation`)", () => {
    it("MP-01 300 seats on time 28, MP-02 100 seats missing: (28 × 300 + 0 × 100) / 400 = 21 (the plain mean would be 14)", () => {
      const projects = [project({ seats: 300 }), project({ id: "MP-02", seats: 100, submittedOn: null, rating: undefined })];
      expect(scoreMajorProjects(projects).score).toBe(14);
      const result = scoreMajorProjects(projects, seatWeighted());
      expect(result.score).toBe(21);
      expect(result.steps.at(-1)).toEqual({
        rule: "major-projects.seat-weighted-mean",
        clause: "3.2.1",
        reading: "R7",
        message: expect.any(Object),
        figures: { weighted: "8400", seats: "400", mean: "21" },
      });
    });

    it("28 × 300 + 0 × 200 = 8400; 8400 / 500 = 16.8 (plain mean 14)", () => {
      const projects = [project({ seats: 300 }), project({ id: "MP-02", seats: 200, submittedOn: null, rating: undefined })];
      const result = scoreMajorProjects(projects, seatWeighted());
      expect(result.score).toBe(16.8);
      expect(figuresOf(result.steps, "major-projects.seat-weighted-mean")).toEqual({ weighted: "8400", seats: "500", mean: "16.8" });
    });

    it("MP-01 250 seats 30, MP-02 500 seats 20, MP-03 250 seats late: (7500 + 10000 + 0) / 1000 = 17.5", () => {
      const projects = [project({ seats: 250, rating: 30 }), project({ id: "MP-02", seats: 500, rating: 20 }), project({ id: "MP-03", seats: 250, submittedOn: "2024-09-21", rating: 30 })];
      expect(scoreMajorProjects(projects, seatWeighted()).score).toBe(17.5);
    });

    it("listed projects with 0 seats weigh nothing, so the plain mean applies: (30 + 20) / 2 = 25", () => {
      const projects = [project({ seats: 0, rating: 30 }), project({ id: "MP-02", seats: 0, rating: 20 })];
      expect(scoreMajorProjects(projects, seatWeighted()).score).toBe(25);
    });

    it("weighted means round half up like every item (R4): 29 × 201 + 0 × 199 = 5829 / 400 = 14.5725 → 14.57", () => {
      const projects = [project({ seats: 201, rating: 29 }), project({ id: "MP-02", seats: 199, submittedOn: null, rating: undefined })];
      expect(scoreMajorProjects(projects, seatWeighted()).score).toBe(14.57);
    });
  });

  describe("3.2.1 R5 read the other way (policy value `deadlineDayIsOnTime` false)", () => {
    const strict = () => policyWith((p) => (p.majorProjects.deadlineDayIsOnTime.value = false));

    it("submitted on the deadline day → late → 0; one day before → 28", () => {
      const onDay = scoreMajorProjects([project({ submittedOn: "2024-09-20" })], strict());
      expect(onDay.score).toBe(0);
      expect(onDay.steps[0]?.rule).toBe("major-projects.late");
      expect(scoreMajorProjects([project({ submittedOn: "2024-09-19" })], strict()).score).toBe(28);
    });

    it("the deadline day without a rating is late, so no RATING_REQUIRED → 0", () => {
      expect(scoreMajorProjects([project({ submittedOn: "2024-09-20", rating: undefined })], strict()).score).toBe(0);
    });

    it("isReportOnTime: deadline day true by default (R5), false with deadlineDayIsOnTime false; null never on time", () => {
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-20" })).toBe(true);
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-20" }, strict())).toBe(false);
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-21" })).toBe(false);
      expect(isReportOnTime({ deadline: "2024-09-20", submittedOn: null })).toBe(false);
    });
  });

  describe("3.2.1 from what a spreadsheet holds (scoreReportedProjects): each report's status already judged, the same formula", () => {
    it("R1 on time rated 28 and R2 missing: (28 + 0) / 2 = 14; the on-time step names no dates it was not given", () => {
      const result = scoreReportedProjects([
        { id: "R1", status: "on-time", rating: 28 },
        { id: "R2", status: "missing" },
      ]);
      expect(result).toMatchObject({ score: 14, max: 30, clause: "3.2.1", notApplicable: false });
      expect(result.steps[0]).toEqual({ rule: "major-projects.on-time", clause: "3.2.1", reading: "R5", message: expect.any(Object), figures: { project: "R1", deadline: null, submittedOn: null, rating: 28, score: 28 } });
      expect(result.steps[0]?.message.en).toBe("project R1: handover report on time; scores the rep office's rating 28");
      expect(figuresOf(result.steps, "major-projects.mean")).toEqual({ sum: "28", projects: 2, mean: "14" });
    });

    it("a late report rated 25 scores 0, the rating ignored; no project → 30, not applicable", () => {
      const late = scoreReportedProjects([{ id: "R1", status: "late", rating: 25 }]);
      expect(late.score).toBe(0);
      expect(late.steps[0]?.message.en).toBe("project R1: handover report late; scores 0 (the rating 25 is ignored)");
      expect(scoreReportedProjects([])).toMatchObject({ score: 30, notApplicable: true });
    });

    it("R7 read as a seat-weighted mean: R1 300 seats on time 28, R2 100 seats missing → 8400 / 400 = 21; without seats → SEATS_REQUIRED", () => {
      expect(scoreReportedProjects([{ id: "R1", status: "on-time", rating: 28, seats: 300 }, { id: "R2", status: "missing", seats: 100 }], seatWeighted()).score).toBe(21);
      expect(issuesOf(() => scoreReportedProjects([{ id: "R1", status: "on-time", rating: 28 }], seatWeighted()))).toEqual([{ path: [0, "seats"], code: "SEATS_REQUIRED" }]);
    });

    it("the same checks: on time without a rating → RATING_REQUIRED; rating 31 → RATING_ABOVE_MAX; a status not on-time/late/missing → invalid_value; an id twice → DUPLICATE_ID", () => {
      expect(issuesOf(() => scoreReportedProjects([{ id: "R1", status: "on-time" }]))).toEqual([{ path: [0, "rating"], code: "RATING_REQUIRED" }]);
      expect(issuesOf(() => scoreReportedProjects([{ id: "R1", status: "on-time", rating: 31 }]))).toEqual([{ path: [0, "rating"], code: "RATING_ABOVE_MAX" }]);
      expect(issuesOf(() => scoreReportedProjects([{ id: "R1", status: "early" as "late" }]))).toEqual([{ path: [0, "status"], code: "invalid_value" }]);
      expect(issuesOf(() => scoreReportedProjects([{ id: "R1", status: "late" }, { id: "R1", status: "missing" }]))).toEqual([{ path: [1, "id"], code: "DUPLICATE_ID" }]);
    });
  });

  describe("3.2.1 messages", () => {
    it("every English step gives its labels in English: on time, late, missing, not major, mean, rounding", () => {
      const result = scoreMajorProjects([
        project({ rating: 25 }),
        project({ id: "MP-02", submittedOn: "2024-09-21" }),
        project({ id: "MP-03", submittedOn: null, rating: undefined, product: "Other" }),
      ]);
      expect(rulesOf(result.steps)).toEqual(["major-projects.on-time", "major-projects.late", "major-projects.missing", "major-projects.not-major", "major-projects.mean", "round"]);
      for (const step of [...result.steps, ...scoreMajorProjects([]).steps]) expectEnglishLabels(step);
    });
  });

  describe("3.2.1 input problems throw AssessmentInputError with path and code", () => {
    it("on time (2024-09-18 ≤ 2024-09-20) without a rating → RATING_REQUIRED at [0, rating]", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ rating: undefined })]))).toEqual([{ path: [0, "rating"], code: "RATING_REQUIRED" }]);
    });

    it("deadline day without a rating → RATING_REQUIRED at [1, rating] for the second project, with a JSON pointer and both sentences", () => {
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

    it("rating 30.5 and 31 > 30 → RATING_ABOVE_MAX at [0, rating], even when late", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ rating: 31 })]))).toEqual([{ path: [0, "rating"], code: "RATING_ABOVE_MAX" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ submittedOn: "2024-09-30", rating: 30.5 })]))).toEqual([{ path: [0, "rating"], code: "RATING_ABOVE_MAX" }]);
    });

    it("negative rating → NOT_AMOUNT; seats 200.5 → NOT_WHOLE_NUMBER; 2024-02-30 and 2024-9-18 → NOT_CALENDAR_DATE", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ rating: -1 })]))).toEqual([{ path: [0, "rating"], code: "NOT_AMOUNT" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ seats: 200.5 })]))).toEqual([{ path: [0, "seats"], code: "NOT_WHOLE_NUMBER" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-02-30" })]))).toEqual([{ path: [0, "deadline"], code: "NOT_CALENDAR_DATE" }]);
      expect(issuesOf(() => scoreMajorProjects([project({ submittedOn: "2024-9-18" })]))).toEqual([{ path: [0, "submittedOn"], code: "NOT_CALENDAR_DATE" }]);
    });

    it("a report cannot be on time for a deadline that does not exist: 2024-09-31 without a rating is reported as a bad date only, not as a missing rating", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-09-31", rating: undefined })]))).toEqual([{ path: [0, "deadline"], code: "NOT_CALENDAR_DATE" }]);
    });

    it("nor submitted on a day that does not exist: submittedOn 2024-02-30 without a rating is a bad date only", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-03-20", submittedOn: "2024-02-30", rating: undefined })]))).toEqual([
        { path: [0, "submittedOn"], code: "NOT_CALENDAR_DATE" },
      ]);
    });

    it("a project with a bad date still reports its other problems: 2024-02-30 and a rating of 31 are both listed", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-02-30", rating: 31 })]))).toEqual([
        { path: [0, "deadline"], code: "NOT_CALENDAR_DATE" },
        { path: [0, "rating"], code: "RATING_ABOVE_MAX" },
      ]);
    });
  });

  describe("3.2.1 called directly, scoreMajorProjects refuses what the composer refuses, with paths, never a TypeError", () => {
    refusesAsTheComposer("majorProjects", scoreMajorProjects, [
      { why: "null → invalid_type at the list", section: null, issues: [{ path: [], code: "invalid_type" }] },
      { why: "one project instead of a list → invalid_type", section: project(), issues: [{ path: [], code: "invalid_type" }] },
      { why: "a null project → invalid_type at [0]", section: [null], issues: [{ path: [0], code: "invalid_type" }] },
      {
        why: "a misspelled key (ratng) → unrecognized_keys at it, and the on-time report's rating is then missing",
        section: [{ ...project({ rating: undefined }), ratng: 28 }],
        issues: [
          { path: [0, "ratng"], code: "unrecognized_keys" },
          { path: [0, "rating"], code: "RATING_REQUIRED" },
        ],
      },
      { why: "a missing field (no deadline) → invalid_type at [0, deadline]", section: [{ id: "MP-01", product: "WorkSpace", seats: 320, submittedOn: "2024-09-18", rating: 28 }], issues: [{ path: [0, "deadline"], code: "invalid_type" }] },
      { why: "submittedOn left out (null means not submitted) → invalid_type", section: [{ id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20" }], issues: [{ path: [0, "submittedOn"], code: "invalid_type" }] },
      { why: "NaN rating → invalid_type at [0, rating]", section: [project({ rating: Number.NaN })], issues: [{ path: [0, "rating"], code: "invalid_type" }] },
      { why: "Infinity seats → invalid_type at [0, seats]", section: [project({ seats: Number.POSITIVE_INFINITY })], issues: [{ path: [0, "seats"], code: "invalid_type" }] },
      { why: 'a string number (seats "320") → invalid_type at [0, seats]', section: [{ ...project(), seats: "320" }], issues: [{ path: [0, "seats"], code: "invalid_type" }] },
      { why: "a project listed twice (it would halve the 30 points) → DUPLICATE_ID at [1, id]", section: [project(), project({ rating: 0 })], issues: [{ path: [1, "id"], code: "DUPLICATE_ID" }] },
      { why: 'a blank id "  " → TEXT_BLANK at [0, id]', section: [project({ id: "  " })], issues: [{ path: [0, "id"], code: "TEXT_BLANK" }] },
    ]);
  });
});
