import { type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { majorProjectMessages } from "../messages/steps.js";
import { Decimal, type Exact, exact, exactDivide, exactSum } from "../numbers/exact.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { type CalendarDate, isCalendarDate } from "../dates/calendar-date.js";
import { amountIssues } from "./amounts.js";
import { finishItem, type ItemResult, type Step } from "./item-result.js";

/** A project of the quarter's major-project list issued by H3C. */
export interface MajorProject {
  readonly id: string;
  /** WorkSpace, LearningSpace or, if H3C listed it anyway, another product. */
  readonly product: string;
  /** 点数. */
  readonly seats: number;
  /** The quarter's deadline for the handover report (项目交维报告). */
  readonly deadline: CalendarDate;
  /** When the handover report was submitted; null if it was not. */
  readonly submittedOn: CalendarDate | null;
  /** The rep office's rating, 0 … 30; required when the report was on time, ignored otherwise. */
  readonly rating?: number | undefined;
}

/**
 * Whether a handover report counts as on time. 三.2.1: "各服务合作伙伴需在季度要求的截止期之前提交以下
 * 《项目交维报告》". Reading R5: a report submitted on the deadline day is on time
 * (`majorProjects.deadlineDayIsOnTime`). Dates are `YYYY-MM-DD`, so string order is date order.
 *
 * @example isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-20" }); // true
 */
export function isReportOnTime(
  project: Pick<MajorProject, "deadline" | "submittedOn">,
  policy: Policy = CLOUD_DESKTOP_2024,
): boolean {
  if (project.submittedOn === null) return false;
  return policy.majorProjects.deadlineDayIsOnTime.value
    ? project.submittedOn <= project.deadline
    : project.submittedOn < project.deadline;
}

/**
 * Whether a project meets 二.3.7's definition of a major project: "WorkSpace、LearningSpace |
 * 点数≥200" (product names compared without regard to case; the policy itself writes "Learningspace").
 *
 * @example isMajorProject({ product: "WorkSpace", seats: 200 }); // true
 */
export function isMajorProject(project: Pick<MajorProject, "product" | "seats">, policy: Policy = CLOUD_DESKTOP_2024): boolean {
  const { products, minSeats } = policy.majorProjects.definition;
  const product = project.product.toLowerCase();
  return products.value.some((name) => name.toLowerCase() === product) && project.seats >= minSeats.value;
}

/**
 * What {@link scoreMajorProjects} cannot score: counts and ratings that are not numbers ≥ 0, dates
 * that are not calendar dates, a rating above the policy's maximum, and an on-time report without a
 * rating. Paths are relative to the project list.
 *
 * @example majorProjectIssues([{ id: "MP-01", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-01" }])[0].code; // "RATING_REQUIRED"
 */
export function majorProjectIssues(projects: readonly MajorProject[], policy: Policy = CLOUD_DESKTOP_2024): IssueDraft[] {
  const ratingMax = policy.majorProjects.ratingMax.value;
  return projects.flatMap((project, index) => {
    const issues = amountIssues([
      [project.seats, [index, "seats"], "whole"],
      [project.rating, [index, "rating"], "amount"],
    ]);
    const dates = [["deadline", project.deadline], ["submittedOn", project.submittedOn]] as const;
    for (const [key, date] of dates) {
      if (date !== null && !isCalendarDate(date)) {
        issues.push({ path: [index, key], code: "NOT_CALENDAR_DATE", message: inputMessages.notCalendarDate(date) });
      }
    }
    if (issues.length > 0) return issues;
    if (project.rating !== undefined && project.rating > ratingMax) {
      issues.push({ path: [index, "rating"], code: "RATING_ABOVE_MAX", message: inputMessages.ratingAboveMax(project.rating, ratingMax) });
    }
    if (project.rating === undefined && isReportOnTime(project, policy)) {
      issues.push({ path: [index, "rating"], code: "RATING_REQUIRED", message: inputMessages.ratingRequired(project.deadline) });
    }
    return issues;
  });
}

/**
 * 三.2.1 H3C重大项目交付考核 (30 分), clause `3.2.1`:
 * "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,代表处根据实际反馈情况进行打分,满分30分,
 * 有多项重大项目的服务合作伙伴按照比例进行分数计算。"
 *
 * A project scores the rep office's rating when its report was on time (R5: the deadline day counts),
 * else 0. Bad input throws {@link AssessmentInputError} (see {@link majorProjectIssues}). Several projects: the plain mean (R7, `majorProjects.aggregation`). No project: the full
 * score, not applicable (R1). A listed project that is not a major project is scored, with a warning.
 *
 * @example
 * scoreMajorProjects([
 *   { id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 },
 *   { id: "MP-02", product: "WorkSpace", seats: 240, deadline: "2024-09-20", submittedOn: null },
 * ]).score; // (28 + 0) / 2 = 14
 */
export function scoreMajorProjects(projects: readonly MajorProject[], policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  throwIfAny(majorProjectIssues(projects, policy));
  return scoreValidMajorProjects(projects, policy);
}

/** {@link scoreMajorProjects} for input that {@link majorProjectIssues} has passed (the composer's schema runs the same checks). */
export function scoreValidMajorProjects(projects: readonly MajorProject[], policy: Policy): ItemResult {
  const rules = policy.majorProjects;
  if (projects.length === 0) {
    const score = rules.scoreWithoutProjects.value;
    const step: Step = { rule: "major-projects.none", clause: "3.2.1", reading: "R1", message: majorProjectMessages.none(score), figures: { projects: 0 } };
    return finishItem(score, { max: rules.max.value, clause: "3.2.1", notApplicable: true, steps: [step] }, policy);
  }

  const steps: Step[] = [];
  const scored = projects.map((project) => {
    const score = projectScore(project, policy, steps);
    if (!isMajorProject(project, policy)) {
      steps.push({
        rule: "major-projects.not-major",
        clause: "2.major-project",
        warning: true,
        message: majorProjectMessages.notMajor(project.id, project.product, project.seats, rules.definition.products.value.join(" / "), rules.definition.minSeats.value),
        figures: { project: project.id, product: project.product, seats: project.seats },
      });
    }
    return score;
  });

  const sum = exactSum(scored);
  let mean: Exact;
  if (rules.aggregation.value === "seat-weighted-mean") {
    const seats = Decimal.sum(...projects.map((project) => project.seats));
    const weighted = Decimal.sum(...scored.map((score, index) => exact(score).times((projects[index] as MajorProject).seats)));
    mean = seats.isZero() ? exactDivide(sum, scored.length) : weighted.dividedBy(seats);
    const figures = { weighted: weighted.toString(), seats: seats.toString(), mean: mean.toString() };
    steps.push({
      rule: "major-projects.seat-weighted-mean",
      clause: "3.2.1",
      reading: "R7",
      message: majorProjectMessages.seatWeightedMean(figures.weighted, figures.seats, figures.mean),
      figures,
    });
  } else {
    mean = exactDivide(sum, scored.length);
    const figures = { sum: String(sum), projects: scored.length, mean: String(mean) };
    steps.push({ rule: "major-projects.mean", clause: "3.2.1", reading: "R7", message: majorProjectMessages.mean(figures.sum, figures.projects, figures.mean), figures });
  }
  return finishItem(mean, { max: rules.max.value, clause: "3.2.1", notApplicable: false, steps }, policy);
}

function projectScore(project: MajorProject, policy: Policy, steps: Step[]): number {
  const { id, deadline, submittedOn, rating } = project;
  if (submittedOn !== null && rating !== undefined && isReportOnTime(project, policy)) {
    steps.push({
      rule: "major-projects.on-time",
      clause: "3.2.1",
      reading: "R5",
      message: majorProjectMessages.onTime(id, submittedOn, deadline, rating),
      figures: { project: id, deadline, submittedOn, rating, score: rating },
    });
    return rating;
  }
  // majorProjectIssues has ruled out an on-time report without a rating, so this one is late or missing.
  const ignoredRating = rating ?? null;
  const figures = { project: id, deadline, submittedOn, rating: ignoredRating, score: 0 };
  steps.push(
    submittedOn === null
      ? { rule: "major-projects.missing", clause: "3.2.1", message: majorProjectMessages.missing(id, deadline, ignoredRating), figures }
      : { rule: "major-projects.late", clause: "3.2.1", message: majorProjectMessages.late(id, submittedOn, deadline, ignoredRating), figures },
  );
  return 0;
}
