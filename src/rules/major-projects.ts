import type { MajorProject, MajorProjectInput, ReportedProject, ReportedProjectInput } from "../input/major-projects.js";
import { parseSection } from "../input/parse.js";
import type { ReportStatus } from "../messages/steps.js";
import { type Exact, exactDivide, exactSum, exactText, exactTimes } from "../numbers/exact.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { isMajorProject } from "../policy/major-project.js";
import { isReportOnTime } from "../policy/report-on-time.js";
import type { Policy } from "../policy/schema.js";
import { finishItem, type ItemResult } from "./item-result.js";
import { type Step, stepOf } from "./step.js";

/** The steps of this rule: each rule id with its clause and reading. */
const STEPS = {
  "major-projects.late": stepOf("major-projects.late", "3.2.1"),
  "major-projects.missing": stepOf("major-projects.missing", "3.2.1"),
  "major-projects.not-major": stepOf("major-projects.not-major", "2.major-project"),
  "major-projects.none": stepOf("major-projects.none", "3.2.1", "R1"),
  "major-projects.on-time": stepOf("major-projects.on-time", "3.2.1", "R5"),
  "major-projects.seat-weighted-mean": stepOf("major-projects.seat-weighted-mean", "3.2.1", "R7"),
  "major-projects.mean": stepOf("major-projects.mean", "3.2.1", "R7"),
} as const;

/** A project as the formula reads it: its report's status, its rating and seats, and its dates where known. */
interface JudgedProject {
  readonly id: string;
  readonly status: ReportStatus;
  readonly rating: number | undefined;
  readonly seats: number | undefined;
  readonly deadline: string | null;
  readonly submittedOn: string | null;
  /** The warning that H3C listed a project outside the definition of 二.3.7, if it did. */
  readonly notMajor: Step | null;
}

/**
 * 三.2.1 H3C重大项目交付考核 (30 分), clause `3.2.1`:
 * "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,代表处根据实际反馈情况进行打分,满分30分,
 * 有多项重大项目的服务合作伙伴按照比例进行分数计算。"
 *
 *     project score = rating   if its report was on time (reading R5: the deadline day counts)
 *                   = 0        if late or missing (a rating given is ignored)
 *     score = mean of the project scores (reading R7)   ·   no project: 30, not applicable (R1)
 *
 * A listed project that is not a major project (二.3.7) is scored, with a warning step.
 *
 * @example scoreMajorProjects([{ id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 }, { id: "MP-02", product: "WorkSpace", seats: 240, deadline: "2024-09-20", submittedOn: null }]).score; // (28 + 0) ÷ 2 = 14
 */
export function scoreMajorProjects(projects: readonly MajorProjectInput[] | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  const rules = assertPolicy(policy);
  return majorProjectsItem(parseSection("majorProjects", projects, rules), rules);
}

/**
 * 三.2.1 from what a spreadsheet holds: each project's rating and whether its report was on time,
 * late or missing. The same formula as {@link scoreMajorProjects}, the dates already judged.
 *
 * @example scoreReportedProjects([{ id: "R1", status: "on-time", rating: 28 }, { id: "R2", status: "missing" }]).score; // (28 + 0) ÷ 2 = 14
 */
export function scoreReportedProjects(projects: readonly ReportedProjectInput[], policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  const rules = assertPolicy(policy);
  const reported = parseSection("reportedProjects", projects, rules) as readonly ReportedProject[];
  return projectsItem(
    reported.map((project) => ({ id: project.id, status: project.status, rating: project.rating, seats: project.seats, deadline: null, submittedOn: null, notMajor: null })),
    rules,
  );
}

/**
 * {@link scoreMajorProjects} of a checked list (`undefined`: not reported).
 *
 * @example majorProjectsItem([{ id: "MP-01", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-20", rating: 27.5 }], CLOUD_DESKTOP_2024).score; // submitted on the deadline day, on time (R5) → 27.5
 */
export function majorProjectsItem(projects: readonly MajorProject[] | undefined, policy: Policy): ItemResult {
  const { products, minSeats } = policy.majorProjects.definition;
  const judged = (projects ?? []).map((project): JudgedProject => {
    const { id, product, seats, deadline, submittedOn, rating } = project;
    const status: ReportStatus = submittedOn === null ? "missing" : isReportOnTime(project, policy) ? "on-time" : "late";
    const notMajor = isMajorProject(project, policy)
      ? null
      : { ...STEPS["major-projects.not-major"]({ project: id, product, seats, products: products.value.join(" / "), minSeats: minSeats.value }), warning: true as const };
    return { id, status, rating, seats, deadline, submittedOn, notMajor };
  });
  return projectsItem(judged, policy);
}

/** The formula of 三.2.1 on judged projects: each project's score, then their mean. */
function projectsItem(projects: readonly JudgedProject[], policy: Policy): ItemResult {
  const rules = policy.majorProjects;
  const steps: Step[] = [];
  const max = rules.max.value;
  if (projects.length === 0) {
    const score = rules.scoreWithoutProjects.value;
    return finishItem(score, max, "3.2.1", true, [STEPS["major-projects.none"]({ projects: 0, score })], policy);
  }
  const scores = projects.map(({ id, status, rating, deadline, submittedOn, notMajor }) => {
    const score = status === "on-time" ? (rating as number) : 0;
    const figures = { project: id, deadline, submittedOn, rating: rating ?? null, score };
    steps.push(status === "on-time" ? STEPS["major-projects.on-time"](figures) : STEPS[`major-projects.${status}`](figures));
    if (notMajor !== null) steps.push(notMajor);
    return score;
  });

  let mean: Exact;
  const sum = exactSum(scores);
  if (rules.aggregation.value === "seat-weighted-mean") {
    const seats = projects.reduce((total, project) => total + (project.seats ?? 0), 0);
    const weighted = exactSum(scores.map((score, index) => exactTimes(score, projects[index]?.seats ?? 0)));
    mean = seats === 0 ? exactDivide(sum, scores.length) : exactDivide(weighted, seats);
    steps.push(STEPS["major-projects.seat-weighted-mean"]({ weighted: exactText(weighted), seats: String(seats), mean: exactText(mean) }));
  } else {
    mean = exactDivide(sum, scores.length);
    steps.push(STEPS["major-projects.mean"]({ sum: exactText(sum), projects: scores.length, mean: exactText(mean) }));
  }
  return finishItem(mean, max, "3.2.1", false, steps, policy);
}
