import type { Sentences } from "../bilingual.js";
import type { HeadroomFigures, HeadroomIssueFigures, HeadroomLabel, RepOfficeField, VerdictState } from "../headroom.js";
import { shown } from "../shown.js";
import type { OutcomeCode } from "../steps.js";

const FIELDS: Readonly<Record<RepOfficeField, string>> = {
  deliveryQualityDeduction: "delivery-quality deduction (项目交付质量)",
  unlicensedWorkCases: "unlicensed-work cases (无证上岗)",
  vendorAssistPersonDays: "vendor-assistance person-days (原厂求助)",
  simpleIssueTickets: "simple-question tickets to the rep office (简单问题单)",
  keyEventDeduction: "the rep office's key-event deduction (关键事件)",
};

const OUTCOMES: Readonly<Record<OutcomeCode, string>> = {
  very_satisfied: "very satisfied",
  satisfied: "satisfied",
  neutral: "neutral",
  dissatisfied: "dissatisfied",
  very_dissatisfied: "very dissatisfied",
  unreachable: "unreachable",
  unreachable_after_reminder: "unreachable after the reminder",
};

const VERDICTS: Readonly<Record<VerdictState, string>> = { keep: "star kept", downgrade: "downgrade", blacklist: "blacklist" };

const DONE = { online: ["online completion", "online completions"], offline: ["offline attendance", "offline attendances"] } as const;
const REQUIRED = { online: ["learner required online", "learners required online"], offline: ["core engineer required offline", "core engineers required offline"] } as const;

const LABELS: Readonly<Record<HeadroomLabel, string>> = {
  levers: "nearest changes (▼ falls, ▲ rises)",
  noLevers: "no levers: the section is not in the input",
  keyEvents: "key events",
  toPass: "to pass",
  noChange: "no change",
  plan: "plan",
  ecrPlan: "ECR",
  onlinePlan: "online mandatory courses",
  offlinePlan: "offline training",
  band: "band",
  points: "points",
  maxSimpleCalls: "most simple calls",
  minCompleted: "fewest completions",
  minAttended: "fewest attendances",
  unreachable: "none",
  whatIf: "what if",
  item: "item",
  before: "before",
  after: "after",
  difference: "difference",
  total: "total",
  keyEventAdjustment: "key-event adjustment",
};

const noun = (count: number, [one, many]: readonly [string, string]) => (count === 1 ? one : many);
const verb = (count: number, base: string) => (count !== 1 ? base : /(ch|sh|s|x)$/.test(base) ? `${base}es` : `${base}s`);
const points = (value: number) => `${value} ${value === 1 ? "point" : "points"}`;

/** The headroom sentences in English (labels from the policy follow in parentheses). */
export const enHeadroom: Sentences<HeadroomFigures> = {
  simpleCallsMore: ({ calls, to, score, scoreAfter, ecr, atMost }) =>
    `at ${calls} calls, at most ${to - 1} simple calls keep ${points(score)}${to - 1 <= atMost ? ` (at most ${atMost} simple calls score in full)` : ""}; ${to} (ECR ${ecr}) score ${scoreAfter}`,
  simpleCallsFewer: ({ calls, from, to, scoreAfter, ecr, atMost }) =>
    `at ${calls} calls, ${from - to} fewer simple calls (${to}, ${to <= atMost ? `at most ${atMost} score in full` : `ECR ${ecr}`}) score ${scoreAfter}`,
  totalCallsMore: ({ simpleCalls, from, to, scoreAfter, ecr }) => `with ${simpleCalls} simple calls, ${to - from} more calls (${to}, ECR ${ecr}) score ${scoreAfter}`,
  totalCallsFewer: ({ simpleCalls, to, score, scoreAfter, ecr }) =>
    `with ${simpleCalls} simple calls, at least ${to + 1} calls keep ${points(score)}; ${to} calls (${ecr === null ? "no calls at all" : `ECR ${ecr}`}) score ${scoreAfter}`,
  rate: ({ from, to, scoreAfter, higher }) => `ECR ${higher ? "rising" : "falling"} from ${from} to ${to} scores ${scoreAfter}`,
  fewSimpleCalls: ({ rate, from, to, scoreAfter, atMost }) =>
    to > from
      ? `${to} simple calls (more than ${atMost}) leave the score to the rate ${rate}: ${scoreAfter}`
      : `${to} simple calls (at most ${atMost}) score in full whatever the rate: ${scoreAfter}`,
  doneMore: ({ part, required, from, to, share, scoreAfter }) =>
    `${to - from} more ${noun(to - from, DONE[part])} ${verb(to - from, "reach")} ${share} (${to} of ${required}): training ${scoreAfter}`,
  doneFewer: ({ part, required, from, to, share, scoreAfter }) =>
    `${from - to} fewer ${noun(from - to, DONE[part])} ${verb(from - to, "leave")} ${share} (${to} of ${required}): training ${scoreAfter}`,
  requiredMore: ({ part, done, from, to, share, scoreAfter }) =>
    `${to - from} more ${noun(to - from, REQUIRED[part])} ${verb(to - from, "make")} it ${share} (${done} of ${to}): training ${scoreAfter}`,
  requiredFewer: ({ part, done, from, to, share, scoreAfter }) =>
    share === null
      ? `with nobody required, the ${part} part scores in full (R9): training ${scoreAfter}`
      : `${from - to} fewer ${noun(from - to, REQUIRED[part])} ${verb(from - to, "make")} it ${share} (${done} of ${to}): training ${scoreAfter}`,
  repOffice: ({ field, from, to, deduction, scoreAfter }) => `${FIELDS[field]} ${from} → ${to} (deducts ${points(deduction)}): rep-office rating ${scoreAfter}`,
  rating: ({ project, from, to, scoreAfter }) => `the rep office's rating of ${project} ${from} → ${to}: major-project delivery ${scoreAfter}`,
  submittedLate: ({ project, deadline, to, scoreAfter }) =>
    `${project}'s handover report submitted on ${to}, after the deadline ${deadline}, scores 0: major-project delivery ${scoreAfter}`,
  submittedOnTime: ({ project, deadline, from, to, rating, deadlineDayIsOnTime, scoreAfter }) =>
    `${project}'s handover report submitted on ${to}${from === null ? "" : ` instead of ${from}`} (deadline ${deadline}${deadlineDayIsOnTime && to === deadline ? "; the deadline day is on time, R5" : ""}) counts its rating ${rating}: major-project delivery ${scoreAfter}`,
  outcome: ({ project, from, to, fromLabel, toLabel, scoreAfter }) =>
    `${project} surveyed ${OUTCOMES[to]} (${toLabel}) instead of ${OUTCOMES[from]} (${fromLabel}): customer satisfaction ${scoreAfter}`,
  after: ({ totalAfter, threshold, itemZero, wasItemZero, belowThreshold, wasBelowThreshold }) =>
    `total ${totalAfter}` +
    (belowThreshold ? (wasBelowThreshold ? `, still below ${threshold} (4.1.b)` : `, below ${threshold}: downgrade (4.1.b)`) : wasBelowThreshold ? `, reaching ${threshold} (4.1.b)` : "") +
    (itemZero ? (wasItemZero ? "; the item stays at 0 (4.1.a)" : "; the item at 0: downgrade (4.1.a)") : wasItemZero ? "; the item leaves 0 (4.1.a)" : ""),
  margin: ({ total, threshold, margin }) =>
    margin === 0 ? `total ${total}: exactly the ${threshold} needed, which passes (4.1.b)` : margin > 0 ? `total ${total}: ${margin} above the ${threshold} needed (4.1.b)` : `total ${total}: ${-margin} below the ${threshold} needed (4.1.b)`,
  itemZeroReason: ({ item, changes }) =>
    `${item.en} scored 0 (4.1.a): ${changes === 0 ? "no single change lifts it above 0" : `${changes} single change${changes === 1 ? "" : "s"} lift it above 0, cheapest first`}`,
  belowThresholdReason: ({ total, threshold, deficit, changes }) =>
    `total ${total} is ${deficit} below ${threshold} (4.1.b): ${changes === 0 ? `no single change lifts it to ${threshold}` : `${changes} single change${changes === 1 ? "" : "s"} lift it to ${threshold}, cheapest first`}`,
  falsifiedReason: () =>
    "falsified customer information (3.2.2): the star is cancelled for a quarter whatever the scores, and 7.1 lets H3C go further; no score change removes it",
  majorEventReason: ({ eventId, severity }) => `major key event ${eventId} (4.2.2, ${severity === "blacklist" ? "blacklist" : "downgrade"}): H3C's own decision; no score change removes it`,
  toPassSummary: ({ scoreReasons, otherReasons, clearing }) =>
    scoreReasons + otherReasons === 0
      ? "no downgrade: nothing to remove"
      : `${scoreReasons} reason${scoreReasons === 1 ? "" : "s"} on scores, ${otherReasons} that no score removes; ${clearing} single change${clearing === 1 ? "" : "s"} clear the downgrade entirely`,
  whatIfVerdict: ({ before, after }) => (before === after ? `verdict unchanged: ${VERDICTS[after]}` : `verdict: ${VERDICTS[before]} → ${VERDICTS[after]}`),
  label: ({ name }) => LABELS[name],
  planVolume: ({ part, volume }) =>
    part === "ecr" ? `ECR (3.2.4) at ${volume} calls` : part === "online" ? `online mandatory courses (3.2.5), ${volume} learners required` : `offline training (3.2.5), ${volume} core engineers required`,
  repOfficeBudget: ({ max, budget, cases, personDays, points: deduction, tickets }) =>
    `rep-office rating (3.2.3): ${max} less deductions of at most ${budget} in all keeps it above 0 (4.1.a); alone, at most ` +
    [
      cases === null ? null : `${cases} unlicensed-work cases`,
      personDays === null ? null : `${personDays} vendor-assistance person-days`,
      deduction === null ? null : `${deduction} points of the rep office's own deductions`,
      tickets === null ? null : `${tickets} simple-question tickets`,
    ]
      .filter((part) => part !== null)
      .join(", ") +
    (tickets === null ? "; simple-question tickets alone never bring it to 0" : ""),
  keyEventsLine: ({ adjustment, majorEvents }) =>
    `key events (3.2.6): ${adjustment > 0 ? `+${adjustment}` : adjustment} in the total${majorEvents === "" ? "" : `; major key events ${majorEvents} downgrade whatever the scores (4.2.2)`}`,
  notOneQuarter: ({ path, found }) => `${path}: expected one partner-quarter, ${found === 0 ? "found none" : `found ${found}`}`,
};

/** The input problems of the headroom functions in English, part of the IssueCode sentences. */
export const headroomIssueSentences: Sentences<HeadroomIssueFigures> = {
  NOT_POINTER: ({ value }) => `expected a JSON Pointer into the input such as "/ecr/simpleCalls", received ${shown(value)}`,
  POINTER_NOT_FOUND: ({ pointer }) => `${pointer} does not lead into the input (no such object, or an array index out of range)`,
  NOT_JSON_VALUE: ({ value }) => `a change needs a JSON value to set (a number, text, true / false, null, a list or an object), ${value === undefined ? "none given" : `received ${shown(value)}`}`,
  NOT_BAND_POINTS: ({ points, accepted }) => `${shown(points)} is not the points of a band; one of ${accepted.join(", ")}`,
};
