import type { CalendarDate } from "../dates/calendar-date.js";
import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { upcomingSentences as en } from "../messages/en/standing.js";
import type { FindingCode, UpcomingKind } from "../messages/standing.js";
import { upcomingSentences as zh } from "../messages/zh/standing.js";
import type { ClauseId } from "../policy/clauses.js";
import { certificateFindings, expiringCertificateFindings } from "./certificates.js";
import { departureFindings } from "./departures.js";
import { type Facts, factsAsOf } from "./facts.js";
import { byTimeline, type Finding, inForce, mostSevereStatus, type StandingStatus } from "./finding.js";
import { checkedAsOf, parseStandingInput, type StandingOptions, standingRules } from "./parse.js";
import { pledgeFindings } from "./pledges.js";
import { qualificationFindings } from "./qualification.js";
import { quarterDowngradeFindings } from "./quarter-downgrades.js";
import { sanctionFindings } from "./sanctions.js";
import { createStandingRecordSchema } from "./schema.js";

/** A date that falls due after the day asked about: what happens, to which finding. */
export interface UpcomingDate {
  readonly date: CalendarDate;
  /** `begins`: a finding starts; `due`: its last day to act; `ends`: it stops; `reapply`: applications accepted again. */
  readonly kind: UpcomingKind;
  readonly code: FindingCode;
  readonly clause: ClauseId;
  readonly engineerId?: string;
  readonly quarter?: string;
  readonly message: Bilingual;
}

/** A stretch of days with one status, for a timeline. */
export interface StatusPeriod {
  readonly status: StandingStatus;
  readonly from: CalendarDate;
  /** The first day of the next status; null for the status on `asOf`. */
  readonly until: CalendarDate | null;
}

/** A partner's standing on a day (四.2, 五, 六, 七, 一; docs/standing.md). */
export interface Standing {
  readonly asOf: CalendarDate;
  readonly partnerId: string;
  readonly status: StandingStatus;
  /** The day the current status began without a break; null when not certified. */
  readonly since: CalendarDate | null;
  /** The findings in force on `asOf`. */
  readonly findings: readonly Finding[];
  /** The findings that ended on or before `asOf`, for a timeline. */
  readonly history: readonly Finding[];
  /** Every date after `asOf` of the findings in force and of those that will begin with nothing else changing, in order. */
  readonly upcoming: readonly UpcomingDate[];
  /** The statuses from the first certification to `asOf`, oldest first (empty when not certified). */
  readonly periods: readonly StatusPeriod[];
}

/** Every finding of the facts: past, in force and to come with nothing else changing. */
function allFindings(facts: Facts, options: ReturnType<typeof standingRules>): Finding[] {
  const { policy, calendar } = options;
  return [
    ...certificateFindings(facts, policy),
    ...expiringCertificateFindings(facts, policy),
    ...departureFindings(facts, policy, calendar),
    ...pledgeFindings(facts, policy),
    ...qualificationFindings(facts, policy),
    ...quarterDowngradeFindings(facts),
    ...sanctionFindings(facts, policy),
  ]
    .filter((finding) => finding.until === null || finding.until >= finding.effectiveFrom)
    .sort(byTimeline);
}

/** The status on a day: not certified before the first certification, else the most severe in force. */
function statusOn(facts: Facts, findings: readonly Finding[], day: CalendarDate): StandingStatus {
  const first = facts.certifications[0];
  if (first === undefined || first > day) return "not-certified";
  return mostSevereStatus(findings.filter((finding) => inForce(finding, day)));
}

/**
 * The statuses from the first certification to `asOf`: the status can change only on a certification
 * day or on a day a finding begins or ends, so those days are the only ones looked at.
 */
function statusPeriods(facts: Facts, findings: readonly Finding[]): StatusPeriod[] {
  const changes = new Set<CalendarDate>(facts.certifications);
  for (const finding of findings) {
    changes.add(finding.effectiveFrom);
    if (finding.until !== null) changes.add(finding.until);
  }
  const periods: StatusPeriod[] = [];
  for (const day of [...changes].filter((each) => each <= facts.asOf).sort()) {
    const status = statusOn(facts, findings, day);
    const last = periods.at(-1);
    if (status === "not-certified" || last?.status === status) continue;
    if (last) periods[periods.length - 1] = { ...last, until: day };
    periods.push({ status, from: day, until: null });
  }
  return periods;
}

const KIND_ORDER: readonly UpcomingKind[] = ["due", "ends", "begins", "reapply"];

function upcomingDates(findings: readonly Finding[], asOf: CalendarDate): UpcomingDate[] {
  const dates = findings.flatMap((finding) => {
    const subject = finding.engineerId ?? finding.quarter ?? null;
    const entry = (date: CalendarDate | null | undefined, kind: UpcomingKind): UpcomingDate[] =>
      date && date > asOf
        ? [
            {
              date,
              kind,
              code: finding.code,
              clause: finding.clause,
              ...(finding.engineerId === undefined ? {} : { engineerId: finding.engineerId }),
              ...(finding.quarter === undefined ? {} : { quarter: finding.quarter }),
              message: both(zh, en, "upcoming", { kind, code: finding.code, subject }),
            },
          ]
        : [];
    return [...entry(finding.effectiveFrom, "begins"), ...entry(finding.dueOn, "due"), ...entry(finding.until, "ends"), ...entry(finding.reapplyFrom, "reapply")];
  });
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)));
}

/**
 * A partner's standing on a day (四.2 / 五 / 六 / 七 / 一): its status, since when, the findings
 * in force with their clauses and messages, the history of those that ended, and the dates that fall
 * due next. Entries of the record dated after `asOf` are ignored, so one record answers any past day;
 * stored quarterly verdicts take part. Throws {@link AssessmentInputError} listing every problem of the
 * record or of `asOf`. Reads no clock: `asOf` is the day asked about.
 *
 * @example evaluateStanding({ partner: { id: "P" }, certifications: [{ certifiedOn: "2024-05-10" }] }, "2024-06-01").status; // "downgraded" (no engineer holds a registered H3CS-CDS certificate: fewer than the 2 of 一, 四.2.a)
 */
export function evaluateStanding(record: unknown, asOf: CalendarDate, options?: StandingOptions): Standing {
  const day = checkedAsOf(asOf);
  const rules = standingRules(options, day);
  const parsed = parseStandingInput(createStandingRecordSchema(rules.policy), record);
  const facts = factsAsOf(parsed, day, rules.policy);
  const findings = allFindings(facts, rules);
  const status = statusOn(facts, findings, day);
  const periods = statusPeriods(facts, findings);
  return {
    asOf: day,
    partnerId: parsed.partner.id,
    status,
    // a certified status has at least one period, the last of which is the current one
    since: status === "not-certified" ? null : (periods.at(-1) as StatusPeriod).from,
    findings: findings.filter((finding) => inForce(finding, day)),
    history: findings.filter((finding) => finding.until !== null && finding.until <= day),
    upcoming: upcomingDates(
      findings.filter((finding) => finding.until === null || finding.until > day),
      day,
    ),
    periods,
  };
}
