import type { KeyEvent, KeyEventInput } from "../input/key-events.js";
import { parseSection } from "../input/parse.js";
import { exactMinus, exactSum, exactText } from "../numbers/exact.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { roundedScore } from "./item-result.js";
import { type Step, stepOf } from "./step.js";

/** The steps of this rule: each rule id with its clause and reading. */
const STEPS = {
  "key-events.none": stepOf("key-events.none", "3.2.6"),
  "key-events.bonus": stepOf("key-events.bonus", "3.2.6"),
  "key-events.penalty": stepOf("key-events.penalty", "3.2.6"),
  "key-events.sum": stepOf("key-events.sum", "3.2.6"),
} as const;

/** The key events' adjustment to the total, with the steps that produced it. */
export interface KeyEventsResult {
  /** Σ bonus − Σ penalty, rounded like the items (reading R4); may be negative. */
  readonly adjustment: number;
  readonly clause: "3.2.6";
  readonly steps: readonly Step[];
}

/**
 * 三.2.6 关键事件 (加减分项; the body numbers it 2.7), clause `3.2.6`:
 * "H3C会参照《渠道违规行为管理规定》针对该事件实时给出相应的处理结果,并记录为负面关键事件,视严重程度在当季度进行扣分处理 …
 * H3C会对渠道进行公开表彰,视优秀程度在当季度进行加分处理。"
 *
 *     adjustment = Σ bonus − Σ penalty   (rounded like the items, reading R4, in a step of its own)
 *
 * The adjustment is added to the total. Major key events (四.2.2) also change the verdict.
 *
 * @example sumKeyEvents([{ id: "KE-1", kind: "bonus", points: 2, note: "客户表扬信" }, { id: "KE-2", kind: "penalty", points: 3.5, note: "超期挂账" }]).adjustment; // 2 − 3.5 = −1.5
 */
export function sumKeyEvents(events: readonly KeyEventInput[] | undefined, policy: Policy = CLOUD_DESKTOP_2024): KeyEventsResult {
  const rules = assertPolicy(policy);
  return keyEventsAdjustment(parseSection("keyEvents", events, rules), rules);
}

/**
 * {@link sumKeyEvents} of checked events (`undefined`: none reported).
 *
 * @example keyEventsAdjustment([{ id: "KE-1", kind: "penalty", points: 1.005, note: "" }], CLOUD_DESKTOP_2024).adjustment; // −1.005 rounded half up (away from zero) → −1.01
 */
export function keyEventsAdjustment(events: readonly KeyEvent[] | undefined, policy: Policy): KeyEventsResult {
  if (events === undefined || events.length === 0) return { adjustment: 0, clause: "3.2.6", steps: [STEPS["key-events.none"]({ events: 0 })] };
  const steps: Step[] = events.map(({ id: event, kind, points, note, major, date }) =>
    kind === "bonus"
      ? STEPS["key-events.bonus"]({ event, points, note, major: null, date: date ?? null })
      : STEPS["key-events.penalty"]({ event, points, note, major: major ?? null, date: date ?? null }),
  );
  const bonus = exactSum(events.filter((event) => event.kind === "bonus").map((event) => event.points));
  const penalty = exactSum(events.filter((event) => event.kind === "penalty").map((event) => event.points));
  const adjustment = exactMinus(bonus, penalty);
  steps.push(STEPS["key-events.sum"]({ bonus: exactText(bonus), penalty: exactText(penalty), adjustment: exactText(adjustment) }));
  return { adjustment: roundedScore(adjustment, "3.2.6", steps, policy), clause: "3.2.6", steps };
}
