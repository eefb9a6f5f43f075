import * as z from "../zod.js";
import { count, isCount, strictFields } from "./fields.js";
import { report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";

const WORDS = {
  record: {
    label: { zh: "培训参与", en: "training" },
    description: { zh: "线上必修课与线下培训的人数(三.2.6,表中为 2.5);未报告的部分按无须参加处理", en: "Learners of the online mandatory courses and core engineers at the offline training (3.2.5); a part not reported is treated as nobody required" },
  },
  online: { label: { zh: "线上必修课", en: "online mandatory courses" } },
  offline: { label: { zh: "线下培训", en: "offline training" } },
  onlineRequired: {
    label: { zh: "线上须学习人数", en: "learners required" },
    description: { zh: "本季度须完成线上必修课的工程师,含上季度完成上岗证学习的工程师", en: "Engineers required to complete the online courses this quarter, including those who finished the work-license study last quarter" },
  },
  completed: { label: { zh: "线上完成人数", en: "learners who completed" } },
  offlineRequired: { label: { zh: "核心工程师人数", en: "core engineers required" }, description: { zh: "须参加代表处季度线下培训的核心工程师", en: "Core engineers required at the rep office's quarterly training" } },
  attended: { label: { zh: "线下参加人数", en: "core engineers who attended" } },
} as const satisfies Record<string, FieldWords>;

/**
 * The quarter's training record (三.2.5): each part's head count and those who completed or attended,
 * never more than required.
 *
 * @example trainingSchema().safeParse({ online: { required: 4, completed: 5 } }).success; // false
 */
export function trainingSchema() {
  const online = strictFields({ required: count("required", WORDS.onlineRequired), completed: count("completed", WORDS.completed) })
    .superRefine(({ required, completed }, ctx) => {
      if (isCount(required) && isCount(completed) && completed > required) report(ctx, "COMPLETED_ABOVE_REQUIRED", { completed, required }, ["completed"]);
    });
  const offline = strictFields({ required: count("required", WORDS.offlineRequired), attended: count("attended", WORDS.attended) })
    .superRefine(({ required, attended }, ctx) => {
      if (isCount(required) && isCount(attended) && attended > required) report(ctx, "ATTENDED_ABOVE_REQUIRED", { attended, required }, ["attended"]);
    });
  return field(strictFields({ online: field(online, WORDS.online).optional(), offline: field(offline, WORDS.offline).optional() }), WORDS.record);
}

/** The training record as the rules read it; an absent part was not reported. */
export type TrainingRecord = z.output<ReturnType<typeof trainingSchema>>;
/** The training record as a caller gives it. */
export type TrainingInput = z.input<ReturnType<typeof trainingSchema>>;
