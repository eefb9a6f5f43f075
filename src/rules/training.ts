import { type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { trainingMessages } from "../messages/steps.js";
import { exactSum } from "../numbers/exact.js";
import { percentText, ratio } from "../numbers/fraction.js";
import { describeBand, findBand } from "../policy/band.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { amountIssues } from "./amounts.js";
import { finishItem, type ItemResult, type Step } from "./item-result.js";

/** Online mandatory courses (必修课): learners required this quarter and those who completed. */
export interface OnlineTraining {
  readonly required: number;
  readonly completed: number;
}

/** Offline quarterly training (线下培训): core engineers required and those who attended. */
export interface OfflineTraining {
  readonly required: number;
  readonly attended: number;
}

/** The two parts of the training item. */
export type TrainingPart = "online" | "offline";

/** The quarter's training record; an absent part means nobody was required. */
export interface TrainingRecord {
  readonly online?: OnlineTraining | undefined;
  readonly offline?: OfflineTraining | undefined;
}

/**
 * What {@link scoreTraining} cannot score: counts that are not whole numbers ≥ 0, more completions or
 * attendees than required.
 *
 * @example trainingIssues({ online: { required: 4, completed: 5 } })[0].code; // "COMPLETED_ABOVE_REQUIRED"
 */
export function trainingIssues(record: TrainingRecord): IssueDraft[] {
  const { online, offline } = record;
  const issues = amountIssues([
    [online?.required, ["online", "required"], "whole"],
    [online?.completed, ["online", "completed"], "whole"],
    [offline?.required, ["offline", "required"], "whole"],
    [offline?.attended, ["offline", "attended"], "whole"],
  ]);
  if (issues.length > 0) return issues;
  if (online && online.completed > online.required) {
    issues.push({ path: ["online", "completed"], code: "COMPLETED_ABOVE_REQUIRED", message: inputMessages.completedAboveRequired(online.completed, online.required) });
  }
  if (offline && offline.attended > offline.required) {
    issues.push({ path: ["offline", "attended"], code: "ATTENDED_ABOVE_REQUIRED", message: inputMessages.attendedAboveRequired(offline.attended, offline.required) });
  }
  return issues;
}

/**
 * 三.2.5 培训参与率 (20 分; the body numbers it 2.6), clause `3.2.5`:
 * "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 | 必修课(代表处每季度组织的技术培训要求渠道所有核心工程师每季度参加一次)
 * | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分 … 培训参与率满分20分"; and
 * "星级渠道合作伙伴在上个季度完成上岗证学习工程师,须完成当个季度线上必修课的培训和考核" (they are counted in
 * the online `required`).
 *
 * Score = online part + offline part. A part with nobody required scores its full 10, not applicable
 * (reading R9); the item is not applicable when both parts are. The 2024 技术大练兵 drill is "纳入考核"
 * without points: it is not scored here (reading R10).
 *
 * @example scoreTraining({ online: { required: 6, completed: 6 }, offline: { required: 3, attended: 2 } }).score;
 * // online 6/6 = 100 % → 10; offline 2/3 = 66.67 % (≥ 60 %) → 3; 10 + 3 = 13
 */
export function scoreTraining(record: TrainingRecord | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  if (record !== undefined) throwIfAny(trainingIssues(record));
  return scoreValidTraining(record, policy);
}

/** {@link scoreTraining} for input that {@link trainingIssues} has passed (the composer's schema runs the same checks). */
export function scoreValidTraining(record: TrainingRecord | undefined, policy: Policy): ItemResult {
  const steps: Step[] = [];
  const online = scorePart("online", record?.online?.required ?? 0, record?.online?.completed ?? 0, policy, steps);
  const offline = scorePart("offline", record?.offline?.required ?? 0, record?.offline?.attended ?? 0, policy, steps);
  const total = exactSum([online.points, offline.points]);
  steps.push({
    rule: "training.sum",
    clause: "3.2.5",
    message: trainingMessages.sum(online.points, offline.points, total.toString()),
    figures: { online: online.points, offline: offline.points, total: total.toString() },
  });
  const notApplicable = online.notApplicable && offline.notApplicable;
  return finishItem(total, { max: policy.training.max.value, clause: "3.2.5", notApplicable, steps }, policy);
}

/** One part of the training item: the band of `done / required`, or the part's full score when nobody was required. */
function scorePart(part: TrainingPart, required: number, done: number, policy: Policy, steps: Step[]): { points: number; notApplicable: boolean } {
  const rules = policy.training[part];
  if (required === 0) {
    const points = rules.max.value;
    steps.push({ rule: `training.${part}-not-required`, clause: "3.2.5", reading: "R9", message: trainingMessages.notRequired(part, points), figures: { required: 0 } });
    return { points, notApplicable: true };
  }
  const share = ratio(done, required);
  const band = findBand(rules.bands, share);
  const shown = percentText(share);
  const range = describeBand(band);
  steps.push({
    rule: `training.${part}`,
    clause: "3.2.5",
    message: trainingMessages.part(part, done, required, shown, range, band.points),
    figures: part === "online" ? { required, completed: done, ratio: shown, band: range, points: band.points } : { required, attended: done, ratio: shown, band: range, points: band.points },
  });
  return { points: band.points, notApplicable: false };
}
