import type { CalendarDate } from "../dates/calendar-date.js";
import { later } from "../dates/calendar-date.js";
import { addDays, anniversary, subMonths } from "../dates/months.js";
import type { Policy } from "../policy/schema.js";
import type { Facts } from "./facts.js";
import { type Finding, makeFinding } from "./finding.js";

/**
 * The last day a service qualification certified on a day is valid: the day before its anniversary
 * (七.3 "服务资质证书有效期为一年"; the anniversary of 02-29 in a common year is 03-01).
 *
 * @example qualificationValidThrough("2024-05-10", 1); // "2025-05-09"
 * @example qualificationValidThrough("2024-02-29", 1); // "2025-02-28"
 */
export function qualificationValidThrough(certifiedOn: CalendarDate, years: number): CalendarDate {
  return addDays(anniversary(certifiedOn, years), -1);
}

/**
 * The service qualification of each certification (七.3 "服务资质证书有效期为一年。证书过期前四个月,H3C公司会向合作伙伴发送过期提醒邮件"):
 * - `QUALIFICATION_EXPIRING` (7.3, reminder) from valid-through − 4 months, due on valid-through, until the
 *   day after it or the next certification;
 * - `QUALIFICATION_EXPIRED` (7.3, status `expired`) from the day after valid-through until the next
 *   certification (null until there is one).
 *
 * @example qualificationFindings(factsAsOf({ partner: { id: "P" }, certifications: [{ certifiedOn: "2024-05-10" }] }, "2025-05-10", CLOUD_DESKTOP_2024), CLOUD_DESKTOP_2024).map((finding) => finding.effectiveFrom); // ["2025-01-09", "2025-05-10"]
 */
export function qualificationFindings(facts: Facts, policy: Policy): Finding[] {
  const { validYears, reminderMonths } = policy.standing.qualification;
  return facts.certifications.flatMap((certifiedOn, index): Finding[] => {
    const next = facts.certifications[index + 1] ?? null;
    const validThrough = qualificationValidThrough(certifiedOn, validYears.value);
    const expiresOn = addDays(validThrough, 1);
    const remindFrom = later(subMonths(validThrough, reminderMonths.value), certifiedOn);
    const findings: Finding[] = [];
    if (next === null || next > remindFrom) {
      const until = next !== null && next <= validThrough ? next : expiresOn;
      findings.push(makeFinding("QUALIFICATION_EXPIRING", { clause: "7.3", severity: "reminder", effectiveFrom: remindFrom, until, dueOn: validThrough }, { certifiedOn, validThrough }));
    }
    if (next === null || next > expiresOn) {
      findings.push(makeFinding("QUALIFICATION_EXPIRED", { clause: "7.3", severity: "downgrade", effectiveFrom: expiresOn, until: next }, { validThrough, until: next }));
    }
    return findings;
  });
}
