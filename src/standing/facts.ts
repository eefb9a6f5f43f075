import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import type { Policy } from "../policy/schema.js";
import type { EngineerRole, StandingRecord, StoredVerdict } from "./schema.js";

/**
 * A record as it stood on a day: every entry dated after it left out (an engineer not yet joined, a
 * departure not yet happened or declared, a certificate not yet registered, a verdict not yet in
 * effect …), so that one record answers any past day.
 */

/** A certificate that counts: its registration and last valid day. */
export interface Coverage {
  readonly registeredOn: CalendarDate;
  readonly validThrough: CalendarDate;
}

/** An engineer as known on the day. */
export interface KnownEngineer {
  readonly id: string;
  readonly roles: readonly EngineerRole[];
  readonly joinedOn: CalendarDate;
  readonly leftOn: CalendarDate | null;
  readonly declaredOn: CalendarDate | null;
  readonly foundOn: CalendarDate | null;
  /** The registered certificates of the policy's type, in order of registration. */
  readonly certificates: readonly Coverage[];
  readonly pledge: { readonly signedOn: CalendarDate; readonly proofOn: CalendarDate | null } | null;
}

/** What was known on a day. */
export interface Facts {
  readonly asOf: CalendarDate;
  /** The certification days, ascending. */
  readonly certifications: readonly CalendarDate[];
  readonly engineers: readonly KnownEngineer[];
  readonly verdicts: readonly { readonly quarter: string; readonly verdict: StoredVerdict }[];
  readonly sanctions: readonly { readonly clause: "7.1" | "7.6"; readonly foundOn: CalendarDate }[];
}

const known = (date: CalendarDate | null | undefined, asOf: CalendarDate): CalendarDate | null => (date && date <= asOf ? date : null);

/**
 * The facts of a record known on `asOf`.
 *
 * @example factsAsOf({ partner: { id: "P" }, certifications: [{ certifiedOn: "2025-05-10" }] }, "2024-10-10", CLOUD_DESKTOP_2024).certifications; // []
 */
export function factsAsOf(record: StandingRecord, asOf: CalendarDate, policy: Policy): Facts {
  const type = policy.standing.certificates.type.value;
  const certifications = [...new Set((record.certifications ?? []).map((entry) => entry.certifiedOn).filter((day) => day <= asOf))].sort();
  const engineers = (record.engineers ?? [])
    .filter((person) => person.joinedOn <= asOf)
    .map((person): KnownEngineer => {
      const leftOn = known(person.leftOn, asOf);
      const signedOn = known(person.pledge?.signedOn, asOf);
      return {
        id: person.id,
        roles: person.roles,
        joinedOn: person.joinedOn,
        leftOn,
        declaredOn: leftOn && known(person.declaredOn, asOf),
        foundOn: leftOn && known(person.foundOn, asOf),
        certificates: (person.certificates ?? [])
          .flatMap((held) => {
            const registeredOn = known(held.registeredOn, asOf);
            return held.type === type && registeredOn ? [{ registeredOn, validThrough: held.validThrough }] : [];
          })
          .sort((a, b) => compareDates(a.registeredOn, b.registeredOn)),
        pledge: signedOn ? { signedOn, proofOn: known(person.pledge?.proofOn, asOf) } : null,
      };
    });
  return {
    asOf,
    certifications,
    engineers,
    verdicts: (record.assessments ?? []).filter((entry) => entry.verdict.effectiveFrom <= asOf).map((entry) => ({ quarter: entry.quarter, verdict: entry.verdict })),
    sanctions: (record.sanctions ?? []).filter((entry) => entry.foundOn <= asOf).map((entry) => ({ clause: entry.clause, foundOn: entry.foundOn })),
  };
}

/**
 * The first certification on or after a day, or null when there is none yet (the certification
 * process has to run again).
 *
 * @example nextCertification({ asOf: "2025-01-01", certifications: ["2024-05-10", "2024-11-15"], engineers: [], verdicts: [], sanctions: [] }, "2024-10-06"); // "2024-11-15"
 */
export function nextCertification(facts: Facts, from: CalendarDate): CalendarDate | null {
  return facts.certifications.find((day) => day >= from) ?? null;
}

/**
 * Whether an engineer holds a counting certificate on a day (registered on or before it, valid through it).
 *
 * @example isCovered({ certificates: [{ registeredOn: "2024-05-10", validThrough: "2025-06-30" }] }, "2025-07-01"); // false
 */
export function isCovered(person: Pick<KnownEngineer, "certificates">, day: CalendarDate): boolean {
  return person.certificates.some((held) => held.registeredOn <= day && day <= held.validThrough);
}

/**
 * The number of engineers holding a counting certificate on a day. Departures do not count here
 * (四.2.1 judges them): an engineer who left keeps the certificate in this count.
 *
 * @example certifiedCount({ asOf: "2025-07-01", certifications: [], engineers: [{ id: "E-2", roles: [], joinedOn: "2023-01-01", leftOn: null, declaredOn: null, foundOn: null, certificates: [{ registeredOn: "2024-05-10", validThrough: "2025-06-30" }], pledge: null }], verdicts: [], sanctions: [] }, "2025-07-01"); // 0
 */
export function certifiedCount(facts: Facts, day: CalendarDate): number {
  return facts.engineers.filter((person) => isCovered(person, day)).length;
}
