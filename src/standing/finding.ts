import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import { type Bilingual, both } from "../messages/bilingual.js";
import { findingSentences as en } from "../messages/en/standing.js";
import type { FindingCode, FindingFigures } from "../messages/standing.js";
import { findingSentences as zh } from "../messages/zh/standing.js";
import type { ClauseId } from "../policy/clauses.js";

/** How much a finding weighs: the first four change the status, the others tell. */
export type Severity = "blacklist" | "cancel" | "downgrade" | "warning" | "reminder" | "info";

/** A partner's status on a day (四.2, 五, 七; docs/standing.md), most severe first after `not-certified`. */
export type StandingStatus = "not-certified" | "blacklisted" | "cancelled" | "expired" | "downgraded" | "starred";

/** One finding of the standing: what applies, from when, until when, and why. */
export interface Finding {
  readonly code: FindingCode;
  readonly clause: ClauseId;
  /** Further clauses the finding rests on (4.2.a with 7.4; the other reasons of a verdict). */
  readonly seeAlso?: readonly ClauseId[];
  readonly severity: Severity;
  /** The first day it applies. */
  readonly effectiveFrom: CalendarDate;
  /** The first day it no longer applies; null while open-ended. */
  readonly until: CalendarDate | null;
  /** The last day to act, where there is a deadline. */
  readonly dueOn?: CalendarDate;
  readonly engineerId?: string;
  readonly quarter?: string;
  /** The reason codes of a stored verdict (QUARTER_DOWNGRADE). */
  readonly reasons?: readonly string[];
  /** From when applications are accepted again (SANCTION). */
  readonly reapplyFrom?: CalendarDate;
  readonly message: Bilingual;
}

/** A finding's fields without its code and message. */
export type FindingFields = Omit<Finding, "code" | "message">;

/**
 * A finding with its message in zh and en, written from `figures`.
 *
 * @example makeFinding("CERT_RENEWED", { clause: "4.2.b", severity: "info", effectiveFrom: "2025-03-20", until: "2025-03-20", engineerId: "E-2" }, { engineerId: "E-2", registeredOn: "2025-03-20" }).message.en; // "4.2.b: engineer E-2 renewed the H3CS-CDS certificate, registered on 2025-03-20; the star returned automatically"
 */
export function makeFinding<Code extends FindingCode>(code: Code, fields: FindingFields, figures: FindingFigures[Code]): Finding {
  return { code, ...fields, message: both(zh, en, code, figures) };
}

const SEVERITY_ORDER: readonly Severity[] = ["blacklist", "cancel", "downgrade", "warning", "reminder", "info"];

// The findings in the order of the policy's text: certificates (四.2), departures (四.2.1, 五), the
// qualification (七.3), quarterly verdicts, sanctions (七.1 / 七.6).
const FINDING_ORDER: readonly FindingCode[] = [
  "CERTIFIED_BELOW_MINIMUM",
  "CERT_RENEWED",
  "CERT_EXPIRING",
  "DEPARTURE_UNDECLARED",
  "DEPARTURE_UNFILLED",
  "DEPARTURE_GRACE",
  "DEPARTURE_DECLARED_LATE",
  "DEPARTURE_DECLARATION_DUE",
  "PLEDGE_BROKEN",
  "PLEDGE_DUE",
  "QUALIFICATION_EXPIRED",
  "QUALIFICATION_EXPIRING",
  "QUARTER_DOWNGRADE",
  "SANCTION",
];

/**
 * The status a finding gives while in force (docs/standing.md, "Status"), or null when it gives none.
 *
 * @example statusOf({ code: "QUALIFICATION_EXPIRED", severity: "downgrade" }); // "expired"
 */
export function statusOf(finding: Pick<Finding, "code" | "severity">): Exclude<StandingStatus, "not-certified" | "starred"> | null {
  if (finding.severity === "blacklist") return "blacklisted";
  if (finding.severity === "cancel") return "cancelled";
  if (finding.code === "QUALIFICATION_EXPIRED") return "expired";
  return finding.severity === "downgrade" ? "downgraded" : null;
}

const STATUS_ORDER: readonly StandingStatus[] = ["blacklisted", "cancelled", "expired", "downgraded", "starred"];

/**
 * The most severe status of the findings in force on a day (starred when none gives one).
 *
 * @example mostSevereStatus([]); // "starred"
 */
export function mostSevereStatus(findings: readonly Pick<Finding, "code" | "severity">[]): StandingStatus {
  const statuses = new Set<StandingStatus | null>(findings.map(statusOf));
  return STATUS_ORDER.find((status) => statuses.has(status)) ?? "starred";
}

/**
 * Whether a finding is in force on a day: begun on or before it, and not yet ended.
 *
 * @example inForce({ effectiveFrom: "2024-10-06", until: null }, "2024-10-06"); // true
 */
export function inForce(finding: Pick<Finding, "effectiveFrom" | "until">, day: CalendarDate): boolean {
  return finding.effectiveFrom <= day && (finding.until === null || finding.until > day);
}

/** Orders findings by their first day, then by severity, then code and subject: a stable timeline. */
export function byTimeline(a: Finding, b: Finding): number {
  return (
    compareDates(a.effectiveFrom, b.effectiveFrom) ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    FINDING_ORDER.indexOf(a.code) - FINDING_ORDER.indexOf(b.code) ||
    Number(subject(a) > subject(b)) - Number(subject(a) < subject(b))
  );
}

const subject = (finding: Finding) => finding.engineerId ?? finding.quarter ?? "";
