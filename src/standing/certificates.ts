import type { CalendarDate } from "../dates/calendar-date.js";
import { compareDates, later } from "../dates/calendar-date.js";
import { addDays, subMonths } from "../dates/months.js";
import type { Policy } from "../policy/schema.js";
import { certifiedCount, type Facts, isCovered, nextCertification } from "./facts.js";
import { type Finding, makeFinding } from "./finding.js";

/**
 * The engineers' certificates (四.2.a, 四.2.b, 七.4).
 *
 * 四.2.a "H3C渠道工程师证书(H3CS-CDS证书)过期后未补充新证书的渠道,系统会对渠道进行自动降级处理";
 * 四.2.b "渠道核心工程师未更换且重新考取相应的H3C证书,并在合作伙伴星级认证申请中进行证书替换后,自动恢复星级。
 * 如更换人员,则需要重新执行认证流程"; 七.4 "用于星级认证的工程师证书在即将过期时要及时替换,如未及时替换,证书过期后星级资质将会被降级";
 * 四.2 "工程师证书过期前4个月,H3C会每月对渠道进行多次邮件提醒".
 *
 * Reading S1 (`standing.certificates.expiryDowngrades`): with `belowMinimum` an expiry downgrades
 * only when it leaves fewer registered certificates than 一 requires (2); with `anyRegistered`, when it
 * leaves fewer than were counted at the last certification (at least the minimum).
 */

/** How many certified engineers are required on a day, under reading S1. */
function requiredOn(facts: Facts, day: CalendarDate, policy: Policy): number {
  const { minimumEngineers, expiryDowngrades } = policy.standing.certificates;
  if (expiryDowngrades.value === "belowMinimum") return minimumEngineers.value;
  // Asked only for days from the first certification on, so there is always a latest one.
  const certifiedOn = facts.certifications.findLast((each) => each <= day) as CalendarDate;
  return Math.max(minimumEngineers.value, certifiedCount(facts, certifiedOn));
}

/** The days on which the count can change: registrations, the days after expiries, certifications. */
function changeDays(facts: Facts, from: CalendarDate): CalendarDate[] {
  const days = new Set<CalendarDate>([from, ...facts.certifications]);
  for (const person of facts.engineers) {
    for (const held of person.certificates) days.add(held.registeredOn).add(addDays(held.validThrough, 1));
  }
  return [...days].filter((day) => day >= from).sort();
}

/**
 * `CERTIFIED_BELOW_MINIMUM` (4.2.a, 7.4, downgrade) for each period in which fewer engineers than
 * required hold a registered, unexpired certificate, from the day after the expiry that took the count
 * below; and `CERT_RENEWED` (4.2.b, info) when a renewal by an engineer whose certificate expired
 * brought it back (the period ends that day). When another person brought it back, the period ends on
 * the next certification on or after that day (null until there is one). Periods are looked for from
 * the partner's first certification on.
 *
 * @example certificateFindings(factsAsOf({ partner: { id: "P" }, certifications: [{ certifiedOn: "2024-05-10" }] }, "2024-06-01", CLOUD_DESKTOP_2024), CLOUD_DESKTOP_2024)[0].effectiveFrom; // "2024-05-10": no certificate at the certification
 */
export function certificateFindings(facts: Facts, policy: Policy): Finding[] {
  const first = facts.certifications[0];
  if (first === undefined) return [];
  const findings: Finding[] = [];
  let open: { from: CalendarDate; count: number; required: number; lost: Set<string> } | null = null;
  let resumeOn = first;
  const lostOn = (day: CalendarDate) => facts.engineers.filter((person) => isCovered(person, addDays(day, -1)) && !isCovered(person, day)).map((person) => person.id);

  for (const day of changeDays(facts, first)) {
    if (day < resumeOn) continue;
    const count = certifiedCount(facts, day);
    const required = requiredOn(facts, day, policy);
    if (open === null) {
      if (count < required) open = { from: day, count, required, lost: new Set(lostOn(day)) };
      continue;
    }
    for (const id of lostOn(day)) open.lost.add(id);
    if (count < required) continue;
    const renewedBy = facts.engineers.find((person) => open?.lost.has(person.id) && person.certificates.some((held) => held.registeredOn === day));
    const until = renewedBy ? day : nextCertification(facts, day);
    findings.push(belowMinimum(open, until, renewedBy !== undefined));
    if (renewedBy) {
      findings.push(
        makeFinding("CERT_RENEWED", { clause: "4.2.b", severity: "info", effectiveFrom: day, until: day, engineerId: renewedBy.id }, { engineerId: renewedBy.id, registeredOn: day }),
      );
    }
    open = null;
    if (until === null) return findings;
    resumeOn = until;
  }
  if (open !== null) findings.push(belowMinimum(open, null, false));
  return findings;
}

function belowMinimum(period: { from: CalendarDate; count: number; required: number }, until: CalendarDate | null, renewal: boolean): Finding {
  return makeFinding(
    "CERTIFIED_BELOW_MINIMUM",
    { clause: "4.2.a", seeAlso: ["7.4"], severity: "downgrade", effectiveFrom: period.from, until },
    { count: period.count, minimum: period.required, effectiveFrom: period.from, until, renewal },
  );
}

/**
 * `CERT_EXPIRING` (4.2.a, 7.4, reminder): a registered certificate whose expiry, with nothing else
 * changing, would leave fewer than the required registered certificates valid beyond it (anyone's
 * later-expiring certificate counts; engineers who left count, as in 4.2.a). From `validThrough` − 4
 * months (date-fns `subMonths`: 2025-06-30 → 2025-02-28), due on `validThrough`, until the day after it
 * or the registration of the replacement that keeps the count.
 *
 * @example expiringCertificateFindings(factsAsOf({ partner: { id: "P" } }, "2025-03-01", CLOUD_DESKTOP_2024), CLOUD_DESKTOP_2024); // []: never certified
 */
export function expiringCertificateFindings(facts: Facts, policy: Policy): Finding[] {
  const first = facts.certifications[0];
  if (first === undefined) return [];
  const { reminderMonths } = policy.standing.certificates;
  return facts.engineers.flatMap((person) =>
    person.certificates.flatMap((held): Finding[] => {
      const expiresOn = addDays(held.validThrough, 1);
      if (expiresOn <= first) return [];
      const required = requiredOn(facts, expiresOn, policy);
      // The registrations, in order, of the certificates valid on the day of the expiry.
      const beyond = facts.engineers
        .flatMap((other) => other.certificates.filter((each) => each.registeredOn <= expiresOn && each.validThrough >= expiresOn).map((each) => ({ id: other.id, registeredOn: each.registeredOn })))
        .sort((a, b) => compareDates(a.registeredOn, b.registeredOn));
      const ids = new Set<string>();
      let replacedOn: CalendarDate | null = null;
      for (const entry of beyond) {
        ids.add(entry.id);
        if (ids.size >= required) {
          replacedOn = entry.registeredOn;
          break;
        }
      }
      const effectiveFrom = later(later(subMonths(held.validThrough, reminderMonths.value), held.registeredOn), first);
      const until = replacedOn !== null && replacedOn <= held.validThrough ? replacedOn : expiresOn;
      if (until <= effectiveFrom) return [];
      return [
        makeFinding(
          "CERT_EXPIRING",
          { clause: "4.2.a", seeAlso: ["7.4"], severity: "reminder", effectiveFrom, until, dueOn: held.validThrough, engineerId: person.id },
          { engineerId: person.id, validThrough: held.validThrough, remaining: new Set(beyond.filter((entry) => entry.registeredOn < until).map((entry) => entry.id)).size, minimum: required },
        ),
      ];
    }),
  );
}
