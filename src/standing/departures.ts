import type { CalendarDate } from "../dates/calendar-date.js";
import { later } from "../dates/calendar-date.js";
import { addDays, addMonths } from "../dates/months.js";
import { addWorkingDays, type WorkingDayCalendar } from "../dates/working-days.js";
import type { Policy } from "../policy/schema.js";
import { type Facts, isCovered, type KnownEngineer, nextCertification } from "./facts.js";
import { type Finding, makeFinding } from "./finding.js";
import type { EngineerRole } from "./schema.js";

/**
 * Key people leaving (四.2.1, 五.1). Key people are the technical manager and the certified engineers
 * (四.2.1 "关键人员(技术经理,持有证书的工程师)").
 *
 * 五.1 "如有认证工程师人员变动,须在员工离职后的3个工作日内主动将此情况上报H3C,并在2个月内协调同级别工程师填补空缺";
 * 四.2.1.a "若星级渠道关键人员离职,星级合作伙伴应当主动申报(邮件或官网),H3C给予2个月缓冲期,2个月内补充到位,系统自动发起认证流程;
 * 2个月后如果未补充到位,则进行降级"; 四.2.1.b "如果星级渠道关键人员离职且未申报,发现后星级立即降级;渠道关键人员入职且手动申请恢复星级后,
 * 启动认证流程".
 *
 * Reading S2 (`standing.departures.needsFilling`): with `belowMinimum` a departure needs filling when
 * it leaves fewer key people of its role than 一 requires (a technical manager; 2 certified engineers),
 * with `always` when it leaves fewer than there were the day before. It is filled on the first day the
 * role is back at that number: people of the role employed that day (joined on or before it, not yet
 * left), certified engineers holding a registered, unexpired certificate.
 */

type KeyRole = Extract<EngineerRole, "technical-manager" | "certified-engineer">;
const KEY_ROLES: readonly KeyRole[] = ["technical-manager", "certified-engineer"];

const employed = (person: KnownEngineer, day: CalendarDate) => person.joinedOn <= day && (person.leftOn === null || person.leftOn > day);

/** The people holding a key role on a day. */
function holders(facts: Facts, role: KeyRole, day: CalendarDate): number {
  return facts.engineers.filter((person) => person.roles.includes(role) && employed(person, day) && (role === "technical-manager" || isCovered(person, day))).length;
}

/** The day a departure is filled (null: not yet), or undefined when it does not need filling. */
function filledOn(facts: Facts, person: KnownEngineer & { leftOn: CalendarDate }, policy: Policy): CalendarDate | null | undefined {
  const { needsFilling, minimumTechnicalManagers } = policy.standing.departures;
  const minimum = { "technical-manager": minimumTechnicalManagers.value, "certified-engineer": policy.standing.certificates.minimumEngineers.value };
  const left = person.leftOn;
  const gaps = KEY_ROLES.filter((role) => person.roles.includes(role)).map((role) => ({
    role,
    required: needsFilling.value === "always" ? holders(facts, role, addDays(left, -1)) : minimum[role],
  }));
  const open = gaps.filter((gap) => holders(facts, gap.role, left) < gap.required);
  if (open.length === 0) return undefined;
  const days = new Set<CalendarDate>();
  for (const other of facts.engineers) {
    days.add(other.joinedOn);
    if (other.leftOn) days.add(other.leftOn);
    for (const held of other.certificates) days.add(held.registeredOn).add(addDays(held.validThrough, 1));
  }
  return [...days].filter((day) => day > left).sort().find((day) => open.every((gap) => holders(facts, gap.role, day) >= gap.required)) ?? null;
}

/**
 * The findings of each key person's departure known on the day:
 * - `DEPARTURE_DECLARATION_DUE` (5.tech-manager, reminder) from `leftOn`, due on the 3rd working day
 *   after it, until it is declared or found (in force, overdue, until then);
 * - `DEPARTURE_DECLARED_LATE` (5.tech-manager, warning) on the day of a late declaration;
 * - `DEPARTURE_GRACE` (4.2.1.a, warning) from `leftOn`, due `leftOn` + 2 months, until filled or the day
 *   after the due date, when the departure is declared and needs filling (S2);
 * - `DEPARTURE_UNFILLED` (4.2.1.a, downgrade) from the day after that due date when not filled by it,
 *   until the next certification on or after the day it was filled;
 * - `DEPARTURE_UNDECLARED` (4.2.1.b, downgrade) from `foundOn` when found before it was declared and it
 *   needs filling (S2), until the next certification on or after the day it was filled (and found).
 * A departure is declared when `declaredOn` is on or before `foundOn` (or nothing was found).
 * Departures before the partner's first certification are not a star partner's.
 *
 * @example departureFindings(factsAsOf({ partner: { id: "P" }, certifications: [{ certifiedOn: "2024-05-10" }] }, "2024-10-10", CLOUD_DESKTOP_2024), CLOUD_DESKTOP_2024, MONDAY_TO_FRIDAY); // []: nobody left
 */
export function departureFindings(facts: Facts, policy: Policy, calendar: WorkingDayCalendar): Finding[] {
  const first = facts.certifications[0];
  if (first === undefined) return [];
  const { declareWithinWorkingDays, graceMonths } = policy.standing.departures;
  return facts.engineers.flatMap((person): Finding[] => {
    const { leftOn, declaredOn, foundOn, id: engineerId } = person;
    if (leftOn === null || leftOn < first || !KEY_ROLES.some((role) => person.roles.includes(role))) return [];
    const declareBy = addWorkingDays(leftOn, declareWithinWorkingDays.value, calendar);
    const declared = declaredOn !== null && (foundOn === null || declaredOn <= foundOn) ? declaredOn : null;
    const found = declared === null ? foundOn : null;
    const findings = [
      makeFinding(
        "DEPARTURE_DECLARATION_DUE",
        { clause: "5.tech-manager", severity: "reminder", effectiveFrom: leftOn, until: declared ?? found, dueOn: declareBy, engineerId },
        { engineerId, leftOn, dueOn: declareBy, workingDays: declareWithinWorkingDays.value },
      ),
    ];
    if (declared !== null && declared > declareBy) {
      findings.push(
        makeFinding("DEPARTURE_DECLARED_LATE", { clause: "5.tech-manager", severity: "warning", effectiveFrom: declared, until: declared, dueOn: declareBy, engineerId }, { engineerId, declaredOn: declared, dueOn: declareBy }),
      );
    }
    const filled = filledOn(facts, { ...person, leftOn }, policy);
    if (filled === undefined) return findings;
    const restoredOn = (from: CalendarDate) => (filled === null ? null : nextCertification(facts, later(filled, from)));
    if (declared !== null) {
      const dueOn = addMonths(leftOn, graceMonths.value);
      const inTime = filled !== null && filled <= dueOn;
      findings.push(
        makeFinding(
          "DEPARTURE_GRACE",
          { clause: "4.2.1.a", severity: "warning", effectiveFrom: leftOn, until: inTime ? filled : addDays(dueOn, 1), dueOn, engineerId },
          { engineerId, leftOn, dueOn, filledOn: inTime ? filled : null },
        ),
      );
      if (!inTime) {
        const until = restoredOn(addDays(dueOn, 1));
        findings.push(makeFinding("DEPARTURE_UNFILLED", { clause: "4.2.1.a", severity: "downgrade", effectiveFrom: addDays(dueOn, 1), until, engineerId }, { engineerId, dueOn, until }));
      }
    } else if (found !== null) {
      const until = restoredOn(found);
      findings.push(makeFinding("DEPARTURE_UNDECLARED", { clause: "4.2.1.b", severity: "downgrade", effectiveFrom: found, until, engineerId }, { engineerId, leftOn, foundOn: found, until }));
    }
    return findings;
  });
}
