import { LARGEST_AMOUNT } from "../../input/fields.js";
import type { TrainingRecord } from "../../input/training.js";
import { both } from "../../messages/bilingual.js";
import { enHeadroom } from "../../messages/en/headroom.js";
import type { TrainingPart } from "../../messages/steps.js";
import { zhHeadroom } from "../../messages/zh/headroom.js";
import { ratio } from "../../numbers/fraction.js";
import { bandPercent } from "../../policy/band.js";
import type { Policy } from "../../policy/schema.js";
import { trainingItem } from "../../rules/training.js";
import { denominatorBreakpoints, numeratorBreakpoints } from "../band-edges.js";
import { gridPosition, unitsBetween } from "../grid.js";
import type { Found, LeverModel } from "../lever.js";
import { axisSegments, stepAxis, type StepAxis, walkAxis } from "../step-axis.js";

/**
 * The levers of 三.2.5 培训参与率 (clause `3.2.5`): "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 |
 * ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分". For each part given: the learners or core engineers who
 * completed or attended (at today's head count) and the head count required (at today's completions).
 * The score along each is a step function cut at the band edges (band-edges.ts), and at 1 for the head
 * count (nobody required scores the part in full, reading R9), scored by the rule itself (`trainingItem`).
 */

/** The field of a part that counts who took part. */
const DONE_FIELD = { online: "completed", offline: "attended" } as const;

function stepLever(lever: Pick<LeverModel, "path" | "value" | "unit" | "describe">, axis: StepAxis, current: number, scaled: boolean): LeverModel {
  const position = gridPosition(lever.value as number, 1);
  const model: LeverModel = {
    item: "training",
    step: 1,
    ...lever,
    nearest: (direction, target) => {
      const found = walkAxis(axis, position, direction, target, current);
      return found && { to: found.index, score: found.score, units: unitsBetween(position, found.index) };
    },
  };
  return scaled ? { ...model, scale: () => ({ min: axis.starts[0] as number, max: axis.max, bands: axisSegments(axis) }) } : model;
}

function partLevers(training: TrainingRecord, part: TrainingPart, current: number, policy: Policy): LeverModel[] {
  const given = training[part];
  if (given === undefined) return []; // both fields would have to be added: no single change
  const required = given.required;
  const done = "completed" in given ? given.completed : given.attended;
  const field = DONE_FIELD[part];
  const bands = policy.training[part].bands;
  const unit = part === "online" ? "learner" : "engineer";
  // the record with this part changed, built with the same keys each time
  const score = (doneCount: number, requiredCount: number) =>
    trainingItem(
      part === "online"
        ? { online: { required: requiredCount, completed: doneCount }, offline: training.offline }
        : { online: training.online, offline: { required: requiredCount, attended: doneCount } },
      policy,
    ).score;

  const doneAxis = stepAxis(0, required, numeratorBreakpoints(bands, required), (c) => score(c, required), { index: done, score: current });
  const describeDone = ({ to, score: after }: Found) =>
    both(zhHeadroom, enHeadroom, (to as number) > done ? "doneMore" : "doneFewer", {
      part,
      required,
      from: done,
      to: to as number,
      share: bandPercent(bands, ratio(to as number, required)),
      score: current,
      scoreAfter: after,
    });

  const requiredAxis = stepAxis(done, LARGEST_AMOUNT, [...denominatorBreakpoints(bands, done), 1], (r) => score(done, r), { index: required, score: current });
  const describeRequired = ({ to, score: after }: Found) =>
    both(zhHeadroom, enHeadroom, (to as number) > required ? "requiredMore" : "requiredFewer", {
      part,
      done,
      from: required,
      to: to as number,
      share: to === 0 ? null : bandPercent(bands, ratio(done, to as number)),
      score: current,
      scoreAfter: after,
    });

  return [
    stepLever({ path: `/training/${part}/${field}`, value: done, unit, describe: describeDone }, doneAxis, current, required > 0),
    stepLever({ path: `/training/${part}/required`, value: required, unit, describe: describeRequired }, requiredAxis, current, false),
  ];
}

/**
 * The levers of the training item: for each part given, who took part and who was required. None
 * without a training record (both parts then score in full, reading R9).
 *
 * @example trainingLevers({ online: { required: 8, completed: 6 } }, 10, CLOUD_DESKTOP_2024)[0].nearest(1, { kind: "change" }); // { to: 7, score: 15, units: 1 } (7/8 is 87.5 %, ≥ 80 %)
 */
export function trainingLevers(training: TrainingRecord | undefined, current: number, policy: Policy): LeverModel[] {
  if (training === undefined) return [];
  return [...partLevers(training, "online", current, policy), ...partLevers(training, "offline", current, policy)];
}
