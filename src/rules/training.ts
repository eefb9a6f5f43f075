import { parseSection } from "../input/parse.js";
import type { TrainingInput, TrainingRecord } from "../input/training.js";
import type { TrainingPart } from "../messages/steps.js";
import { exactSum, exactText } from "../numbers/exact.js";
import { ratio } from "../numbers/fraction.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { bandPercent, describeBand, findBand } from "../policy/band.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { finishItem, type ItemResult } from "./item-result.js";
import { type Step, stepOf } from "./step.js";

/** The steps of this rule: each rule id with its clause and reading. */
const STEPS = {
  "training.online-not-reported": stepOf("training.online-not-reported", "3.2.5", "R9"),
  "training.offline-not-reported": stepOf("training.offline-not-reported", "3.2.5", "R9"),
  "training.online-not-required": stepOf("training.online-not-required", "3.2.5", "R9"),
  "training.offline-not-required": stepOf("training.offline-not-required", "3.2.5", "R9"),
  "training.online": stepOf("training.online", "3.2.5"),
  "training.offline": stepOf("training.offline", "3.2.5"),
  "training.sum": stepOf("training.sum", "3.2.5"),
} as const;

/**
 * 三.2.5 培训参与率 (20 分; the body numbers it 2.6), clause `3.2.5`:
 * "线上 | 必修课 | 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 | 必修课(代表处每季度组织的技术培训要求渠道所有核心工程师每季度参加一次)
 * | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分 … 培训参与率满分20分"; and
 * "星级渠道合作伙伴在上个季度完成上岗证学习工程师,须完成当个季度线上必修课的培训和考核" (they are counted in
 * the online `required`).
 *
 *     score = band_online(completed ÷ required) + band_offline(attended ÷ required)
 *
 * A part with nobody required, or not reported, scores its full 10, not applicable (reading R9); the
 * item is not applicable when both parts are. The 2024 技术大练兵 drill is "纳入考核" without points: it
 * is not scored (reading R10).
 *
 * @example scoreTraining({ online: { required: 6, completed: 6 }, offline: { required: 3, attended: 2 } }).score; // 10 + 3 = 13
 */
export function scoreTraining(record: TrainingInput | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  const rules = assertPolicy(policy);
  return trainingItem(parseSection("training", record, rules), rules);
}

/**
 * {@link scoreTraining} of a checked record (`undefined`: not reported).
 *
 * @example trainingItem({ online: { required: 10, completed: 8 } }, CLOUD_DESKTOP_2024).score; // online 8/10 = 80 %: 5, offline not reported: 10, in all 5 + 10 = 15
 */
export function trainingItem(record: TrainingRecord | undefined, policy: Policy): ItemResult {
  const steps: Step[] = [];
  const online = partScore("online", record?.online && { required: record.online.required, done: record.online.completed }, policy, steps);
  const offline = partScore("offline", record?.offline && { required: record.offline.required, done: record.offline.attended }, policy, steps);
  const total = exactSum([online.points, offline.points]);
  steps.push(STEPS["training.sum"]({ online: online.points, offline: offline.points, total: exactText(total) }));
  return finishItem(total, policy.training.max.value, "3.2.5", online.notApplicable && offline.notApplicable, steps, policy);
}

/** One part: the band of done ÷ required, or the part's full score when nobody was required or it was not reported. */
function partScore(part: TrainingPart, counts: { required: number; done: number } | undefined, policy: Policy, steps: Step[]): { points: number; notApplicable: boolean } {
  const rules = policy.training[part];
  const full = rules.max.value;
  if (counts === undefined) {
    steps.push(STEPS[`training.${part}-not-reported`]({ score: full }));
    return { points: full, notApplicable: true };
  }
  if (counts.required === 0) {
    steps.push(STEPS[`training.${part}-not-required`]({ required: 0, score: full }));
    return { points: full, notApplicable: true };
  }
  const share = ratio(counts.done, counts.required);
  const band = findBand(rules.bands, share);
  steps.push(STEPS[`training.${part}`]({ required: counts.required, done: counts.done, ratio: bandPercent(rules.bands, share), band: describeBand(band), points: band.points }));
  return { points: band.points, notApplicable: false };
}
