import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import { type QuarterId, quarterStart } from "../dates/quarter.js";
import { assertPolicy } from "../policy/assert-policy.js";
import type { MajorKeyEventSeverity } from "../input/key-events.js";
import { parseWith } from "../input/parse.js";
import { ITEMS, type ItemKey } from "../items.js";
import { type Bilingual, both } from "../messages/bilingual.js";
import { enVerdict } from "../messages/en/verdict.js";
import type { VerdictFigures, VerdictOutcome } from "../messages/verdict.js";
import { zhVerdict } from "../messages/zh/verdict.js";
import { roundHalfUp } from "../numbers/exact.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { type ItemScores, itemScoresSchema, type VerdictFacts, type VerdictFactsInput, verdictFactsSchema } from "./facts.js";

const say = <K extends keyof VerdictFigures>(key: K, figures: VerdictFigures[K]): Bilingual => both(zhVerdict, enVerdict, key, figures);

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

/** A reason for a downgrade, with its clause, its dates and a message in zh and en about its own clause. */
export type Reason = ItemZeroReason | TotalBelowThresholdReason | CustomerInfoFalsifiedReason | MajorKeyEventReason;

/** The verdict of an assessment (四.1, with 三.2.2 and 四.2.2). */
export interface Verdict {
  /** True when there is any reason at all. */
  readonly downgrade: boolean;
  /** True when a major key event puts the partner on the blacklist. */
  readonly blacklist: boolean;
  readonly reasons: readonly Reason[];
  /** The earliest `effectiveFrom` of the reasons (a major key event's own date); with none, the first day of the next quarter. */
  readonly effectiveFrom: CalendarDate;
  /** When the star returns by itself: only when every reason is of the one-quarter kind; else null. */
  readonly restoresOn: CalendarDate | null;
  /** From when a new application may be filed: with TOTAL_BELOW_THRESHOLD and no blacklist; else null. */
  readonly reapplyFrom: CalendarDate | null;
  /** The combined outcome in one sentence, zh and en: what happens, from when, and whether and when the star returns. */
  readonly message: Bilingual;
}

/** A reason that item scores and a total can give (四.1), without dates: what a spreadsheet can know. */
export type ScoreReason =
  | { readonly code: "ITEM_ZERO"; readonly clause: "4.1.a"; readonly item: ItemKey; readonly message: Bilingual }
  | { readonly code: "TOTAL_BELOW_THRESHOLD"; readonly clause: "4.1.b"; readonly total: number; readonly threshold: number; readonly message: Bilingual };

/**
 * The reasons of 四.1 that item scores and a total give:
 * - 四.1.a "有任何一项为0,对渠道进行降级处理,降级周期为一个季度" → `ITEM_ZERO`, one per item at 0 (rounded);
 * - 四.1.b "若合作伙伴星级季度考核<70分,对渠道进行降级处理" → `TOTAL_BELOW_THRESHOLD` (70.00 passes).
 * Undated (a spreadsheet's), or dated from the quarter after `quarter`.
 */
function scoreReasons(scores: ItemScores, policy: Policy): ScoreReason[];
function scoreReasons(scores: ItemScores, policy: Policy, quarter: QuarterId, nextQuarter: CalendarDate): (ItemZeroReason | TotalBelowThresholdReason)[];
function scoreReasons(scores: ItemScores, policy: Policy, quarter?: QuarterId, nextQuarter?: CalendarDate): (ScoreReason | ItemZeroReason | TotalBelowThresholdReason)[] {
  const rules = policy.verdict;
  const effectiveFrom = quarter === undefined ? null : (nextQuarter ?? quarterStart(quarter, 1));
  const reasons: (ScoreReason | ItemZeroReason | TotalBelowThresholdReason)[] = [];
  const decimals = policy.rounding.decimals.value;
  for (const item of ITEMS) {
    // 四.1.a reads the score as printed: rounded per reading R4 (0.004 is 0).
    if (roundHalfUp(scores.itemScores[item.key], decimals) !== 0) continue;
    const message = say("ITEM_ZERO", { item: item.name, effectiveFrom });
    if (quarter === undefined || effectiveFrom === null) reasons.push({ code: "ITEM_ZERO", clause: "4.1.a", item: item.key, message });
    else reasons.push({ code: "ITEM_ZERO", clause: "4.1.a", item: item.key, effectiveFrom, restoresOn: quarterStart(quarter, 1 + rules.itemZeroDowngradeQuarters.value), message });
  }
  const threshold = rules.passThreshold.value;
  const total = scores.total;
  if (total < threshold) {
    const message = say("TOTAL_BELOW_THRESHOLD", { total, threshold, effectiveFrom });
    if (quarter === undefined || effectiveFrom === null) reasons.push({ code: "TOTAL_BELOW_THRESHOLD", clause: "4.1.b", total, threshold, message });
    else reasons.push({ code: "TOTAL_BELOW_THRESHOLD", clause: "4.1.b", total, threshold, effectiveFrom, reapplyFrom: quarterStart(quarter, 1 + rules.reapplyAfterQuarters.value), message });
  }
  return reasons;
}

/**
 * 四.1 from item scores and a total alone (a spreadsheet's): the reasons, undated, and one sentence
 * ("保持星级" / "keep", or "降级:…" / "downgrade: …" with the reasons). The dates, the falsified-
 * information rule (三.2.2) and major key events (四.2.2) need a whole quarter: {@link buildVerdict}.
 *
 * @example verdictOfScores({ itemScores: { majorProjects: 30, satisfaction: 0, repOffice: 10, ecr: 15, training: 20 }, total: 75 }).message.en; // "downgrade: 4.1.a: the item \"customer satisfaction\" scored 0"
 */
export function verdictOfScores(scores: unknown, policy: Policy = CLOUD_DESKTOP_2024): { downgrade: boolean; reasons: readonly ScoreReason[]; message: Bilingual } {
  const rules = assertPolicy(policy);
  const reasons = scoreReasons(parseWith(itemScoresSchema(rules), scores), rules);
  return { downgrade: reasons.length > 0, reasons, message: say("OUTCOME_OF_SCORES", { reasons: reasons.map((reason) => reason.message) }) };
}

/**
 * The downgrade verdict of 四.1 for assessed quarter Q (with 三.2.2 and 四.2.2):
 * - 四.1.a "有任何一项为0,对渠道进行降级处理,降级周期为一个季度" → `ITEM_ZERO` from Q+1, returning after
 *   `itemZeroDowngradeQuarters`;
 * - 四.1.b "若合作伙伴星级季度考核<70分,对渠道进行降级处理,一个季度后,可重新提交认证申请" →
 *   `TOTAL_BELOW_THRESHOLD` from Q+1, no automatic return, reapply after `reapplyAfterQuarters`;
 * - 三.2.2 "如H3C发现渠道反馈的客户信息造假,将直接取消星级服务资质一个季度" → `CUSTOMER_INFO_FALSIFIED` from Q+1;
 * - 四.2.2 "如果渠道合作伙伴出现重要关键事件,也会导致星级升降级或者加入黑名单" → `MAJOR_KEY_EVENT` from the
 *   event's own date ("实时"), no automatic return.
 *
 * The verdict takes effect on its earliest reason's date; `restoresOn` is the latest return date when
 * every reason is of the one-quarter kind, else null; `reapplyFrom` is set with TOTAL_BELOW_THRESHOLD
 * unless blacklisted. The facts are checked as the composer checks them.
 *
 * @example buildVerdict({ quarter: "2024-Q4", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 0, training: 20 }, total: 85, customerInfoFalsified: false, keyEvents: [] }).restoresOn; // "2025-04-01"
 */
export function buildVerdict(facts: VerdictFactsInput, policy: Policy = CLOUD_DESKTOP_2024): Verdict {
  const rules = assertPolicy(policy);
  return verdictOf(parseWith(verdictFactsSchema(rules), facts), rules);
}

/**
 * {@link buildVerdict} of checked facts.
 *
 * @example verdictOf({ quarter: "2024-Q3", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 }, total: 100, customerInfoFalsified: false, keyEvents: [] }, CLOUD_DESKTOP_2024).downgrade; // false
 */
export function verdictOf(facts: VerdictFacts, policy: Policy): Verdict {
  const rules = policy.verdict;
  const quarter = facts.quarter as QuarterId;
  const nextQuarter = quarterStart(quarter, 1);
  const reasons: Reason[] = scoreReasons(facts, policy, quarter, nextQuarter);
  if (facts.customerInfoFalsified) {
    const restoresOn = quarterStart(quarter, 1 + rules.falsifiedCustomerInfoCancelQuarters.value);
    reasons.push({ code: "CUSTOMER_INFO_FALSIFIED", clause: "3.2.2", seeAlso: "7.1", effectiveFrom: nextQuarter, restoresOn, message: say("CUSTOMER_INFO_FALSIFIED", { effectiveFrom: nextQuarter }) });
  }
  for (const event of facts.keyEvents) {
    // The facts' schema has made sure a major event is a penalty with its date.
    if (event.major === undefined || event.date === undefined) continue;
    reasons.push({
      code: "MAJOR_KEY_EVENT",
      clause: "4.2.2",
      eventId: event.id,
      severity: event.major,
      date: event.date,
      effectiveFrom: event.date,
      message: say("MAJOR_KEY_EVENT", { eventId: event.id, note: event.note, severity: event.major, date: event.date }),
    });
  }
  return combine(reasons, { total: facts.total, threshold: rules.passThreshold.value, nextQuarter });
}

/** The reasons combined: the verdict's dates and its sentence. */
function combine(reasons: readonly Reason[], context: { total: number; threshold: number; nextQuarter: CalendarDate }): Verdict {
  if (reasons.length === 0) {
    return { downgrade: false, blacklist: false, reasons, effectiveFrom: context.nextQuarter, restoresOn: null, reapplyFrom: null, message: say("KEEP", { total: context.total, threshold: context.threshold }) };
  }
  const blacklist = reasons.some((reason) => reason.code === "MAJOR_KEY_EVENT" && reason.severity === "blacklist");
  const effectiveFrom = reasons.map((reason) => reason.effectiveFrom).reduce((earliest, date) => (date < earliest ? date : earliest));
  const returnDates = reasons.flatMap((reason) => ("restoresOn" in reason ? [reason.restoresOn] : []));
  const restoresOn = returnDates.length === reasons.length ? returnDates.reduce((latest, date) => (date > latest ? date : latest)) : null;
  const belowThreshold = reasons.find((reason) => reason.code === "TOTAL_BELOW_THRESHOLD");
  const reapplyFrom = belowThreshold !== undefined && !blacklist ? belowThreshold.reapplyFrom : null;
  return { downgrade: true, blacklist, reasons, effectiveFrom, restoresOn, reapplyFrom, message: say("OUTCOME", { stages: stagesOf(reasons), restoresOn, reapplyFrom }) };
}

const SEVERITY: readonly VerdictOutcome[] = ["downgrade", "cancel", "blacklist"];

/** What a reason does to the partner. */
const outcomeOf = (reason: Reason): VerdictOutcome =>
  reason.code === "CUSTOMER_INFO_FALSIFIED" ? "cancel" : reason.code === "MAJOR_KEY_EVENT" && reason.severity === "blacklist" ? "blacklist" : "downgrade";

/**
 * The stages of a downgrading verdict in date order, each from the earliest day of its reasons: a
 * downgrade from a major event's own day, then the cancellation of 三.2.2 from Q+1, a blacklist from
 * its event's day. A stage that begins on or after a more severe one is within it and not stated.
 */
function stagesOf(reasons: readonly Reason[]): { outcome: VerdictOutcome; from: CalendarDate }[] {
  const earliest = new Map<VerdictOutcome, CalendarDate>();
  for (const reason of reasons) {
    const outcome = outcomeOf(reason);
    const known = earliest.get(outcome);
    if (known === undefined || reason.effectiveFrom < known) earliest.set(outcome, reason.effectiveFrom);
  }
  const inOrder = [...earliest].map(([outcome, from]) => ({ outcome, from })).sort((a, b) => compareDates(a.from, b.from) || SEVERITY.indexOf(b.outcome) - SEVERITY.indexOf(a.outcome));
  const stated: { outcome: VerdictOutcome; from: CalendarDate }[] = [];
  for (const stage of inOrder) {
    if (stated.every((before) => SEVERITY.indexOf(before.outcome) < SEVERITY.indexOf(stage.outcome))) stated.push(stage);
  }
  return stated;
}
