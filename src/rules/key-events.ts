import { type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { keyEventMessages } from "../messages/steps.js";
import { exactMinus, exactSum, roundScore } from "../numbers/exact.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { type CalendarDate, isCalendarDate } from "../dates/calendar-date.js";
import { amountIssues } from "./amounts.js";
import type { Step } from "./item-result.js";

/** How H3C handles a major key event (四.2.2): a downgrade, or the blacklist. */
export type MajorKeyEventSeverity = "downgrade" | "blacklist";

/** A key event of the quarter (关键事件): a bonus or a penalty of `points` ≥ 0. */
export interface KeyEvent {
  readonly id: string;
  readonly kind: "bonus" | "penalty";
  readonly points: number;
  readonly note: string;
  /** Set for a major key event (重要关键事件, 四.2.2); it then needs its `date`. */
  readonly major?: MajorKeyEventSeverity | undefined;
  readonly date?: CalendarDate | undefined;
}

/** The key events' adjustment to the total, with the steps that produced it. */
export interface KeyEventsResult {
  /** Σ bonus − Σ penalty, rounded like the items (reading R4); may be negative. */
  readonly adjustment: number;
  readonly clause: "3.2.6";
  readonly steps: readonly Step[];
}

/**
 * What {@link sumKeyEvents} cannot add up: points that are not finite numbers ≥ 0, a major key event
 * without a date, a date that is not a calendar date.
 *
 * @example keyEventIssues([{ id: "KE-1", kind: "penalty", points: 5, note: "窜货", major: "downgrade" }])[0].code; // "MAJOR_EVENT_NEEDS_DATE"
 */
export function keyEventIssues(events: readonly KeyEvent[]): IssueDraft[] {
  return events.flatMap((event, index) => {
    const issues = amountIssues([[event.points, [index, "points"], "amount"]]);
    if (event.date !== undefined && !isCalendarDate(event.date)) {
      issues.push({ path: [index, "date"], code: "NOT_CALENDAR_DATE", message: inputMessages.notCalendarDate(event.date) });
    } else if (event.major !== undefined && event.date === undefined) {
      issues.push({ path: [index, "date"], code: "MAJOR_EVENT_NEEDS_DATE", message: inputMessages.majorEventNeedsDate() });
    }
    return issues;
  });
}

/**
 * 三.2.6 关键事件 (加减分项; the body numbers it 2.7), clause `3.2.6`:
 * "H3C会参照《渠道违规行为管理规定》针对该事件实时给出相应的处理结果,并记录为负面关键事件,视严重程度在当季度进行扣分处理 …
 * H3C会对渠道进行公开表彰,视优秀程度在当季度进行加分处理。"
 *
 * Adjustment = Σ bonus − Σ penalty, added to the total. Major key events (四.2.2) also change the
 * verdict; see {@link buildVerdict}.
 *
 * @example sumKeyEvents([{ id: "KE-1", kind: "bonus", points: 2, note: "客户表扬信" }, { id: "KE-2", kind: "penalty", points: 3.5, note: "超期挂账" }]).adjustment;
 * // 2 − 3.5 = −1.5
 */
export function sumKeyEvents(events: readonly KeyEvent[], policy: Policy = CLOUD_DESKTOP_2024): KeyEventsResult {
  throwIfAny(keyEventIssues(events));
  return sumValidKeyEvents(events, policy);
}

/** {@link sumKeyEvents} for input that {@link keyEventIssues} has passed (the composer's schema runs the same checks). */
export function sumValidKeyEvents(events: readonly KeyEvent[], policy: Policy): KeyEventsResult {
  if (events.length === 0) {
    return { adjustment: 0, clause: "3.2.6", steps: [{ rule: "key-events.none", clause: "3.2.6", message: keyEventMessages.none(), figures: { events: 0 } }] };
  }
  const steps: Step[] = events.map((event) => ({
    rule: `key-events.${event.kind}`,
    clause: "3.2.6",
    message: keyEventMessages[event.kind](event.id, event.points, event.note),
    figures: { event: event.id, kind: event.kind, points: event.points, major: event.major ?? null, date: event.date ?? null },
  }));
  const total = (kind: KeyEvent["kind"]) => exactSum(events.filter((e) => e.kind === kind).map((e) => e.points));
  const bonus = total("bonus");
  const penalty = total("penalty");
  const adjustment = exactMinus(bonus, penalty);
  steps.push({
    rule: "key-events.sum",
    clause: "3.2.6",
    message: keyEventMessages.sum(String(bonus), String(penalty), String(adjustment)),
    figures: { bonus: String(bonus), penalty: String(penalty), adjustment: String(adjustment) },
  });
  return { adjustment: roundScore(adjustment, policy), clause: "3.2.6", steps };
}
