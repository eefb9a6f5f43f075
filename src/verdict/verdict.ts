import type { Bilingual } from "../messages/bilingual.js";
import { reasonMessages } from "../messages/reasons.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import type { CalendarDate } from "../dates/calendar-date.js";
import { type QuarterId, quarterStart } from "../dates/quarter.js";
import type { KeyEvent, MajorKeyEventSeverity } from "../rules/key-events.js";

/** The five scored items of 三, in the policy's order (key events are not an item). */
export const ITEM_KEYS = ["majorProjects", "satisfaction", "repOffice", "ecr", "training"] as const;
/** One of {@link ITEM_KEYS}. */
export type ItemKey = (typeof ITEM_KEYS)[number];

/** 四.1.a: an item scored 0; downgraded for one quarter. */
export interface ItemZeroReason {
  readonly code: "ITEM_ZERO";
  readonly clause: "4.1.a";
  readonly item: ItemKey;
  readonly effectiveFrom: CalendarDate;
  readonly restoresOn: CalendarDate;
  readonly message: Bilingual;
}

/** 四.1.b: total below the threshold; downgraded with no automatic return, may reapply later. */
export interface TotalBelowThresholdReason {
  readonly code: "TOTAL_BELOW_THRESHOLD";
  readonly clause: "4.1.b";
  readonly total: number;
  readonly threshold: number;
  readonly effectiveFrom: CalendarDate;
  readonly reapplyFrom: CalendarDate;
  readonly message: Bilingual;
}

/** 三.2.2: falsified customer information; the star qualification is cancelled for one quarter (七.1 allows more). */
export interface CustomerInfoFalsifiedReason {
  readonly code: "CUSTOMER_INFO_FALSIFIED";
  readonly clause: "3.2.2";
  readonly seeAlso: "7.1";
  readonly effectiveFrom: CalendarDate;
  readonly restoresOn: CalendarDate;
  readonly message: Bilingual;
}

/** 四.2.2: a major key event, handled at once from its date: a downgrade or the blacklist. */
export interface MajorKeyEventReason {
  readonly code: "MAJOR_KEY_EVENT";
  readonly clause: "4.2.2";
  readonly eventId: string;
  readonly severity: MajorKeyEventSeverity;
  readonly date: CalendarDate;
  readonly effectiveFrom: CalendarDate;
  readonly message: Bilingual;
}

/** A reason for a downgrade, with its clause, its dates and a message in zh and en. */
export type Reason = ItemZeroReason | TotalBelowThresholdReason | CustomerInfoFalsifiedReason | MajorKeyEventReason;

/** The verdict of an assessment (四.1, with 三.2.2 and 四.2.2). */
export interface Verdict {
  /** True when there is any reason at all. */
  readonly downgrade: boolean;
  /** True when a major key event puts the partner on the blacklist. */
  readonly blacklist: boolean;
  readonly reasons: readonly Reason[];
  /** First day of the quarter after the assessed one. */
  readonly effectiveFrom: CalendarDate;
  /** When the star returns by itself: only when every reason is of the one-quarter kind; else null. */
  readonly restoresOn: CalendarDate | null;
  /** From when a new application may be filed: with TOTAL_BELOW_THRESHOLD and no blacklist; else null. */
  readonly reapplyFrom: CalendarDate | null;
}

/** What the verdict reads of a scored quarter. */
export interface VerdictFacts {
  readonly quarter: QuarterId;
  readonly itemScores: Readonly<Record<ItemKey, number>>;
  readonly total: number;
  readonly customerInfoFalsified: boolean;
  readonly keyEvents: readonly KeyEvent[];
}

/**
 * The downgrade verdict of 四.1 for assessed quarter Q, taking effect on the first day of Q+1:
 * - 四.1.a "有任何一项为0,对渠道进行降级处理,降级周期为一个季度" → `ITEM_ZERO`, one per item; the star returns after
 *   `itemZeroDowngradeQuarters`.
 * - 四.1.b "若合作伙伴星级季度考核<70分,对渠道进行降级处理,一个季度后,可重新提交认证申请" → `TOTAL_BELOW_THRESHOLD`
 *   (70.00 passes); no automatic return; reapply after `reapplyAfterQuarters`.
 * - 三.2.2 "如H3C发现渠道反馈的客户信息造假,将直接取消星级服务资质一个季度" → `CUSTOMER_INFO_FALSIFIED`, whatever the score.
 * - 四.2.2 "如果渠道合作伙伴出现重要关键事件,也会导致星级升降级或者加入黑名单" → `MAJOR_KEY_EVENT` from the event's
 *   date ("实时"), no automatic return.
 *
 * `restoresOn` is the latest return date when every reason is of the timed kind (ITEM_ZERO,
 * CUSTOMER_INFO_FALSIFIED), else null; `reapplyFrom` is set with TOTAL_BELOW_THRESHOLD unless blacklisted.
 *
 * @example buildVerdict({ quarter: "2024-Q4", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 0, training: 20 }, total: 85, customerInfoFalsified: false, keyEvents: [] });
 * // downgrade true, reasons [ITEM_ZERO ecr], effectiveFrom "2025-01-01", restoresOn "2025-04-01", reapplyFrom null
 */
export function buildVerdict(facts: VerdictFacts, policy: Policy = CLOUD_DESKTOP_2024): Verdict {
  const rules = policy.verdict;
  const { quarter } = facts;
  const effectiveFrom = quarterStart(quarter, 1);
  const reasons: Reason[] = [];

  for (const item of ITEM_KEYS) {
    if (facts.itemScores[item] !== 0) continue;
    const restoresOn = quarterStart(quarter, 1 + rules.itemZeroDowngradeQuarters.value);
    reasons.push({ code: "ITEM_ZERO", clause: "4.1.a", item, effectiveFrom, restoresOn, message: reasonMessages.itemZero(item, effectiveFrom, restoresOn) });
  }
  const threshold = rules.passThreshold.value;
  if (facts.total < threshold) {
    const reapplyFrom = quarterStart(quarter, 1 + rules.reapplyAfterQuarters.value);
    reasons.push({
      code: "TOTAL_BELOW_THRESHOLD",
      clause: "4.1.b",
      total: facts.total,
      threshold,
      effectiveFrom,
      reapplyFrom,
      message: reasonMessages.totalBelowThreshold(facts.total, threshold, effectiveFrom, reapplyFrom),
    });
  }
  if (facts.customerInfoFalsified) {
    const restoresOn = quarterStart(quarter, 1 + rules.falsifiedCustomerInfoCancelQuarters.value);
    reasons.push({ code: "CUSTOMER_INFO_FALSIFIED", clause: "3.2.2", seeAlso: "7.1", effectiveFrom, restoresOn, message: reasonMessages.customerInfoFalsified(effectiveFrom, restoresOn) });
  }
  for (const event of facts.keyEvents) {
    // A major event without a date never gets here: keyEventIssues rejects it.
    if (event.major === undefined || event.date === undefined) continue;
    reasons.push({
      code: "MAJOR_KEY_EVENT",
      clause: "4.2.2",
      eventId: event.id,
      severity: event.major,
      date: event.date,
      effectiveFrom: event.date,
      message: reasonMessages.majorKeyEvent(event.id, event.major, event.date, event.note),
    });
  }

  const blacklist = reasons.some((reason) => reason.code === "MAJOR_KEY_EVENT" && reason.severity === "blacklist");
  const returnDates = reasons.flatMap((reason) => ("restoresOn" in reason ? [reason.restoresOn] : []));
  const allTimed = reasons.length > 0 && returnDates.length === reasons.length;
  const restoresOn = allTimed ? returnDates.reduce((latest, date) => (date > latest ? date : latest)) : null;
  const belowThreshold = reasons.find((reason) => reason.code === "TOTAL_BELOW_THRESHOLD");
  const reapplyFrom = belowThreshold && !blacklist ? belowThreshold.reapplyFrom : null;
  return { downgrade: reasons.length > 0, blacklist, reasons, effectiveFrom, restoresOn, reapplyFrom };
}
