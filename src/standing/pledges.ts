import { later } from "../dates/calendar-date.js";
import { addDays, addMonths } from "../dates/months.js";
import type { Policy } from "../policy/schema.js";
import { type Facts, nextCertification } from "./facts.js";
import { type Finding, makeFinding } from "./finding.js";

/**
 * New hires' social-security pledges (四.2.1.c "新补充的人员,社保不满足要求的,需提供承诺函:承诺三个月后,提供新入职人员的3个月社保证明,
 * 否则降级且补下服务费"):
 * - `PLEDGE_DUE` (4.2.1.c, reminder) from `signedOn`, due `signedOn` + 3 months, until the proof (on or
 *   before the due date) or the day after the due date;
 * - `PLEDGE_BROKEN` (4.2.1.c, downgrade; the service fees are to be paid back) from the day after the due
 *   date when no proof came by it, until the next certification on or after that day.
 *
 * @example pledgeFindings(factsAsOf({ partner: { id: "P" }, certifications: [{ certifiedOn: "2024-05-10" }], engineers: [{ id: "E-4", roles: [], joinedOn: "2024-05-10", pledge: { signedOn: "2024-05-10" } }] }, "2024-09-01", CLOUD_DESKTOP_2024), CLOUD_DESKTOP_2024).map((finding) => finding.code); // ["PLEDGE_DUE", "PLEDGE_BROKEN"]
 */
export function pledgeFindings(facts: Facts, policy: Policy): Finding[] {
  const first = facts.certifications[0];
  if (first === undefined) return [];
  const months = policy.standing.departures.pledgeMonths.value;
  return facts.engineers.flatMap((person): Finding[] => {
    if (person.pledge === null) return [];
    const { signedOn, proofOn } = person.pledge;
    const engineerId = person.id;
    const dueOn = addMonths(signedOn, months);
    const kept = proofOn !== null && proofOn <= dueOn;
    const due = makeFinding(
      "PLEDGE_DUE",
      { clause: "4.2.1.c", severity: "reminder", effectiveFrom: later(signedOn, first), until: kept ? proofOn : addDays(dueOn, 1), dueOn, engineerId },
      { engineerId, signedOn, dueOn, months },
    );
    if (kept) return [due];
    const brokenFrom = addDays(dueOn, 1);
    const until = nextCertification(facts, brokenFrom);
    return [due, makeFinding("PLEDGE_BROKEN", { clause: "4.2.1.c", severity: "downgrade", effectiveFrom: later(brokenFrom, first), until, engineerId }, { engineerId, dueOn, until })];
  });
}
