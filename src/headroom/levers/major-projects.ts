import type { MajorProject } from "../../input/major-projects.js";
import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import { type Exact, exactDivide, exactTimes } from "../../numbers/exact.js";
import { isReportOnTime } from "../../policy/report-on-time.js";
import type { Policy } from "../../policy/schema.js";
import { majorProjectsItem } from "../../rules/major-projects.js";
import { exactFigure } from "../exact-figure.js";
import { gridPosition, gridValue, positionUnits, unitsBetween } from "../grid.js";
import type { Found, LeverModel } from "../lever.js";
import { linearNearest } from "../linear-edges.js";
import { addDays, daysBetween } from "../submission-dates.js";
import { meets } from "../target.js";

/**
 * The levers of 三.2.1 H3C重大项目交付考核 (clause `3.2.1`): "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,
 * 代表处根据实际反馈情况进行打分,满分30分,有多项重大项目的服务合作伙伴按照比例进行分数计算". For each listed
 * project: the rep office's rating (moving the mean by the project's share, in steps of 0.5 point, H1)
 * and the day the handover report was submitted (the nearest late day, or the last day that is on time,
 * reading R5). A rating moves the exact mean in a straight line, solved at the rounding edges
 * (linear-edges.ts) from the rule's own mean; every score reported is the rule's (`majorProjectsItem`)
 * on the changed list.
 */

/** A rating moves in steps of half a point (H1). */
export const RATING_STEP = 0.5;

/** The list with one project's field changed, built with the same keys each time. */
function withProject(projects: readonly MajorProject[], index: number, change: Partial<MajorProject>): MajorProject[] {
  return projects.map((project, j) => (j === index ? { ...project, ...change } : project));
}

/** The item's exact mean today, as the rule computed it (its mean step; the list is never empty here). */
function meanOf(projects: readonly MajorProject[], policy: Policy): Exact {
  for (const step of majorProjectsItem(projects, policy).steps) {
    if (step.rule === "major-projects.mean" || step.rule === "major-projects.seat-weighted-mean") return exactFigure(step.figures.mean);
  }
  return policy.majorProjects.scoreWithoutProjects.value;
}

/**
 * Each project's share of the mean (reading R7, `majorProjects.aggregation`): its weight over the sum of
 * the weights, 1 each for the plain mean, the seats for the seat-weighted mean (1 each when no project
 * has seats, as the rule does).
 */
function sharesOf(projects: readonly MajorProject[], policy: Policy): Exact[] {
  const seats = projects.reduce((sum, project) => sum + project.seats, 0);
  const seatWeighted = policy.majorProjects.aggregation.value === "seat-weighted-mean" && seats > 0;
  return projects.map((project) => (seatWeighted ? exactDivide(project.seats, seats) : exactDivide(1, projects.length)));
}

function ratingLever(projects: readonly MajorProject[], index: number, mean: Exact, share: Exact, current: number, policy: Policy): LeverModel | null {
  const project = projects[index] as MajorProject;
  if (project.rating === undefined) return null; // a rating alone on a late report changes nothing, and none can be removed
  const rating = project.rating;
  const position = gridPosition(rating, RATING_STEP);
  // one step of this rating moves the mean by the project's share of 0.5; nothing while it does not count (a late report)
  const linear = {
    exact: mean,
    units: positionUnits(position),
    slope: isReportOnTime(project, policy) ? exactTimes(share, RATING_STEP) : 0,
    position,
    min: 0,
    max: Math.floor(policy.majorProjects.ratingMax.value / RATING_STEP),
  };
  return {
    item: "majorProjects",
    path: `/majorProjects/${index}/rating`,
    value: rating,
    unit: "point",
    step: RATING_STEP,
    nearest: (direction, target) => {
      const grid = linearNearest(linear, direction, target, current, policy);
      if (grid === null) return null;
      const to = gridValue(grid, RATING_STEP);
      return { to, score: majorProjectsItem(withProject(projects, index, { rating: to }), policy).score, units: unitsBetween(position, grid) };
    },
    describe: ({ to, score: after }: Found) => both(zhHeadroom, enHeadroom, "rating", { project: project.id, from: rating, to: to as number, score: current, scoreAfter: after }),
  };
}

function submissionLever(projects: readonly MajorProject[], index: number, current: number, policy: Policy): LeverModel {
  const project = projects[index] as MajorProject;
  const onTime = isReportOnTime(project, policy);
  const deadlineDay = policy.majorProjects.deadlineDayIsOnTime.value;
  const firstLate = () => addDays(project.deadline, deadlineDay ? 1 : 0);
  const lastOnTime = () => addDays(project.deadline, deadlineDay ? 0 : -1);
  // Late, the project's rating leaves the mean; on time, it enters it: the rule scores the list with the new date.
  const score = (to: string) => majorProjectsItem(withProject(projects, index, { submittedOn: to }), policy).score;
  const units = (to: string) => (project.submittedOn === null ? 1 : Math.abs(daysBetween(project.submittedOn, to)));
  return {
    item: "majorProjects",
    path: `/majorProjects/${index}/submittedOn`,
    value: project.submittedOn,
    unit: "day",
    step: 1,
    nearest: (direction, target) => {
      // Later than an on-time report: the first late day. Earlier than a late (or no) report: the last
      // on-time day, when a rating is there to count (an on-time report needs one).
      const to = direction === 1 ? (onTime ? firstLate() : null) : !onTime && project.rating !== undefined ? lastOnTime() : null;
      if (to === null) return null;
      const after = score(to);
      return meets(target, after, current) ? { to, score: after, units: units(to) } : null;
    },
    describe: ({ to, score: after }: Found) =>
      onTime
        ? both(zhHeadroom, enHeadroom, "submittedLate", { project: project.id, deadline: project.deadline, to: to as string, score: current, scoreAfter: after })
        : both(zhHeadroom, enHeadroom, "submittedOnTime", {
            project: project.id,
            deadline: project.deadline,
            from: project.submittedOn,
            to: to as string,
            rating: project.rating as number,
            deadlineDayIsOnTime: deadlineDay,
            score: current,
            scoreAfter: after,
          }),
  };
}

/**
 * The levers of the major-project item: each project's rating (when given) and submission date. None
 * without projects (the item then scores 30 by reading R1).
 *
 * @example majorProjectLevers([{ id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 }], 28, CLOUD_DESKTOP_2024)[1].nearest(1, { kind: "change" })?.to; // "2024-09-21"
 */
export function majorProjectLevers(projects: readonly MajorProject[], current: number, policy: Policy): LeverModel[] {
  if (projects.length === 0) return [];
  const mean = meanOf(projects, policy);
  const shares = sharesOf(projects, policy);
  return projects.flatMap((_, index) => {
    const rating = ratingLever(projects, index, mean, shares[index] as Exact, current, policy);
    const submission = submissionLever(projects, index, current, policy);
    return rating === null ? [submission] : [rating, submission];
  });
}
