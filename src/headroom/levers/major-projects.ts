import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import type { Policy } from "../../policy/schema.js";
import { isReportOnTime, type MajorProject } from "../../rules/major-projects.js";
import { gridPosition, gridValue, positionUnits, unitsBetween } from "../grid.js";
import type { Found, LeverModel } from "../lever.js";
import { itemScore, linearNearest, linearScore } from "../linear-edges.js";
import { minus, plus, type Rational, rational, times } from "../rational.js";
import { addDays, daysBetween } from "../submission-dates.js";
import { meets } from "../target.js";

/**
 * The levers of 三.2.1 H3C重大项目交付考核 (clause `3.2.1`): "各服务合作伙伴需在季度要求的截止期之前提交以下《项目交维报告》,
 * 代表处根据实际反馈情况进行打分,满分30分,有多项重大项目的服务合作伙伴按照比例进行分数计算". For each listed
 * project: the rep office's rating (moving the mean by the project's share, in steps of 0.5 point, H1)
 * and the day the handover report was submitted (the nearest late day, or the last day that is on time,
 * reading R5). Both move the exact mean in a straight line, so each is scored from it (linear-edges.ts)
 * rather than by scoring the whole list again.
 */

/** A rating moves in steps of half a point (H1). */
export const RATING_STEP = 0.5;

/** The item's mean today: each project's share of it and whether it counts (an on-time report with its rating). */
interface Mean {
  readonly exact: Rational;
  readonly shares: readonly Rational[];
  readonly counts: readonly boolean[];
}

/**
 * The mean of 三.2.1 exactly: Σ share × rating over the projects that count, each project's share its
 * weight over the sum of the weights (reading R7, `majorProjects.aggregation`): 1 each for the plain
 * mean, the seats for the seat-weighted mean (1 each when no project has seats, as the rule does).
 */
function meanOf(projects: readonly MajorProject[], policy: Policy): Mean {
  const seatWeighted = policy.majorProjects.aggregation.value === "seat-weighted-mean" && projects.some((project) => project.seats > 0);
  const weights = projects.map((project) => (seatWeighted ? project.seats : 1));
  const total = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
  const shares = weights.map((weight): Rational => ({ n: BigInt(weight), d: total }));
  const counts = projects.map((project) => isReportOnTime(project, policy) && project.rating !== undefined);
  const exact = projects.reduce<Rational>((sum, project, j) => (counts[j] ? plus(sum, times(shares[j] as Rational, rational(project.rating as number))) : sum), { n: 0n, d: 1n });
  return { exact, shares, counts };
}

function ratingLever(projects: readonly MajorProject[], index: number, mean: Mean, current: number, policy: Policy): LeverModel | null {
  const project = projects[index] as MajorProject;
  if (project.rating === undefined) return null; // a rating alone on a late report changes nothing, and none can be removed
  const rating = project.rating;
  const position = gridPosition(rating, RATING_STEP);
  // one step of this rating moves the mean by the project's share of 0.5; nothing while it does not count
  const linear = {
    exact: mean.exact,
    units: positionUnits(position),
    slope: mean.counts[index] ? times(mean.shares[index] as Rational, rational(RATING_STEP)) : { n: 0n, d: 1n },
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
      return grid === null ? null : { to: gridValue(grid, RATING_STEP), score: linearScore(linear, grid, policy), units: unitsBetween(position, grid) };
    },
    describe: ({ to, score: after }: Found) => both(zhHeadroom, enHeadroom, "rating", { project: project.id, from: rating, to: to as number, score: current, scoreAfter: after }),
  };
}

function submissionLever(projects: readonly MajorProject[], index: number, mean: Mean, current: number, policy: Policy): LeverModel {
  const project = projects[index] as MajorProject;
  const onTime = isReportOnTime(project, policy);
  const deadlineDay = policy.majorProjects.deadlineDayIsOnTime.value;
  const firstLate = () => addDays(project.deadline, deadlineDay ? 1 : 0);
  const lastOnTime = () => addDays(project.deadline, deadlineDay ? 0 : -1);
  // Late, the project's rating leaves the mean; on time, it enters it.
  const contribution = project.rating === undefined ? { n: 0n, d: 1n } : times(mean.shares[index] as Rational, rational(project.rating));
  const score = () => itemScore(onTime ? minus(mean.exact, contribution) : plus(mean.exact, contribution), policy);
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
      const after = score();
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
 * @example majorProjectLevers([{ id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 }], 28, CLOUD_DESKTOP_2024)[1].nearest(1, CHANGE)?.to; // "2024-09-21"
 */
export function majorProjectLevers(projects: readonly MajorProject[], current: number, policy: Policy): LeverModel[] {
  const mean = meanOf(projects, policy);
  return projects.flatMap((_, index) => {
    const rating = ratingLever(projects, index, mean, current, policy);
    const submission = submissionLever(projects, index, mean, current, policy);
    return rating === null ? [submission] : [rating, submission];
  });
}
