import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, isMajorProject, type MajorProject, type Policy, scoreMajorProjects } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/**
 * 三.2.1 H3C重大项目交付考核 (30分): "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,代表处根据实际反馈
 * 情况进行打分,满分30分,有多项重大项目的服务合作伙伴按照比例进行分数计算。" and 二.3.7 "重大项目 … WorkSpace、
 * LearningSpace | 点数≥200". Expected values worked out by hand from the clause.
 */

const project = (over: Partial<MajorProject> = {}): MajorProject => ({
  id: "MP-01",
  product: "WorkSpace",
  seats: 320,
  deadline: "2024-09-20",
  submittedOn: "2024-09-18",
  rating: 28,
  ...over,
});

/** The 2024 policy with R7 read the other way: "按照比例" as a mean weighted by seats (点数). */
function seatWeighted(): Policy {
  const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { majorProjects: { aggregation: { value: string } } };
  policy.majorProjects.aggregation.value = "seat-weighted-mean";
  return policy as unknown as Policy;
}

describe("3.2.1 major-project delivery", () => {
  describe("2.major-project 二.3.7 \"WorkSpace、LearningSpace | 点数≥200\"", () => {
    it.each([
      ["WorkSpace", 200, true],
      ["LearningSpace", 200, true],
      ["workspace", 200, true], // the policy itself writes "Learningspace" and "WorkSpase": case is not part of the name
      ["LEARNINGSPACE", 5000, true],
      ["Learningspace", 200, true],
      ["WorkSpace", 199, false],
      ["LearningSpace", 0, false],
      ["CAS", 500, false],
      ["WorkSpace Pro", 500, false],
    ] as const)("%s with %i seats → major %s", (product, seats, major) => {
      expect(isMajorProject({ product, seats })).toBe(major);
    });

    it("a listed project that is not major (199 seats) is still scored, with a warning that names the definition: WorkSpace / LearningSpace, ≥ 200 seats", () => {
      const result = scoreMajorProjects([project({ seats: 199 })]);
      expect(result.score).toBe(28);
      const warning = result.steps.find((step) => step.rule === "major-projects.not-major");
      expect(warning).toMatchObject({ clause: "2.major-project", warning: true, figures: { project: "MP-01", product: "WorkSpace", seats: 199 } });
      expect(warning?.message.en).toContain("(WorkSpace / LearningSpace, ≥ 200 seats)");
      expect(warning?.message.zh).toContain("WorkSpace / LearningSpace,点数≥200");
    });

    it("a major project (WorkSpace, 200 seats) gets no warning", () => {
      expect(scoreMajorProjects([project({ seats: 200 })]).steps.map((step) => step.rule)).not.toContain("major-projects.not-major");
    });
  });

  describe("3.2.1 each project's score, with the figures it used", () => {
    it("on time (R5, 2024-09-18 ≤ 2024-09-20): the rep office's rating 28 is the score; the step shows project, dates, rating and score", () => {
      const result = scoreMajorProjects([project()]);
      expect(result.steps[0]).toEqual({
        rule: "major-projects.on-time",
        clause: "3.2.1",
        reading: "R5",
        message: expect.any(Object),
        figures: { project: "MP-01", deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28, score: 28 },
      });
    });

    it("R1 no major project this quarter: 30, not applicable, and the step says there were 0 projects", () => {
      const result = scoreMajorProjects([]);
      expect(result).toMatchObject({ score: 30, max: 30, notApplicable: true });
      expect(result.steps).toEqual([{ rule: "major-projects.none", clause: "3.2.1", reading: "R1", message: expect.any(Object), figures: { projects: 0 } }]);
    });

    it("a report cannot be on time for a deadline that does not exist: 2024-09-31 without a rating is reported as a bad date only, not as a missing rating", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-09-31", rating: undefined })]))).toEqual([{ path: [0, "deadline"], code: "NOT_CALENDAR_DATE" }]);
    });

    it("nor submitted on a day that does not exist: submittedOn 2024-02-30 without a rating is a bad date only", () => {
      expect(issuesOf(() => scoreMajorProjects([project({ deadline: "2024-03-20", submittedOn: "2024-02-30", rating: undefined })]))).toEqual([
        { path: [0, "submittedOn"], code: "NOT_CALENDAR_DATE" },
      ]);
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

    it("MP-01 250 seats 30, MP-02 500 seats 20, MP-03 250 seats late: (7500 + 10000 + 0) / 1000 = 17.5", () => {
      const projects = [
        project({ seats: 250, rating: 30 }),
        project({ id: "MP-02", seats: 500, rating: 20 }),
        project({ id: "MP-03", seats: 250, submittedOn: "2024-09-21", rating: 30 }),
      ];
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
});
