import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chineseWorkingDays } from "../../src/calendars/chinese-days.js";
import { addWorkingDays, certificationSchedule, checkEligibility, evaluateStanding } from "../../src/index.js";
import { addMonths, addYears, anniversary, subMonths } from "../../src/dates/months.js";
import { certified, manager, record, team } from "../support/standing-records.js";

/**
 * The standing's dates never shift with the process's time zone (docs/standing.md, "Dates"). Node re-reads TZ
 * when process.env.TZ is assigned, so each test runs under the zone it names. chinese-days' own
 * functions shift dates west of UTC; the calendar reads its data table instead, and this proves it.
 */
const ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "America/Santiago", "Pacific/Pago_Pago", "Pacific/Apia"] as const;
const originalTz = process.env.TZ;

describe.each(ZONES)("with TZ=%s", (zone) => {
  beforeEach(() => {
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("month and year arithmetic: 2024-12-31 + 2 months = 2025-02-28, 2025-06-30 − 4 months = 2025-02-28, 2024-02-29 + 1 year = 2025-02-28", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(zone === "UTC" ? /UTC|Universal/ : new RegExp(zone));
    expect(addMonths("2024-12-31", 2)).toBe("2025-02-28");
    expect(subMonths("2025-06-30", 4)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(anniversary("2024-02-29", 1)).toBe("2025-03-01");
    // DST days: America/Santiago springs forward at midnight on 2024-09-08; Los Angeles on 2024-03-10
    expect(addMonths("2024-08-08", 1)).toBe("2024-09-08");
    expect(addMonths("2024-02-10", 1)).toBe("2024-03-10");
    // Apia skipped 2011-12-30 entirely
    expect(addMonths("2011-11-30", 1)).toBe("2011-12-30");
  });

  it("working days, Monday to Friday and China's (国庆 2024, 春节 2025)", () => {
    expect(addWorkingDays("2024-08-05", 3)).toBe("2024-08-08");
    expect(addWorkingDays("2024-09-27", 3, chineseWorkingDays)).toBe("2024-10-08");
    expect(addWorkingDays("2025-01-24", 3, chineseWorkingDays)).toBe("2025-02-05");
    expect(chineseWorkingDays.isWorkingDay("2024-10-07")).toBe(false);
    expect(chineseWorkingDays.isWorkingDay("2024-11-02")).toBe(false); // a Saturday, whatever the zone
    expect(chineseWorkingDays.isWorkingDay("2024-10-12")).toBe(true);
  });

  it("a standing on a day: grace due 2024-10-05, downgraded from 2024-10-06; qualification to 2025-05-09", () => {
    const partner = record(team({ leftOn: "2024-08-05", declaredOn: "2024-08-06" }), {}, ["2024-05-10"]);
    const standing = evaluateStanding(partner, "2024-10-06");
    expect(standing).toMatchObject({ status: "downgraded", since: "2024-10-06" });
    expect(standing.history.find((finding) => finding.code === "DEPARTURE_GRACE")).toMatchObject({ dueOn: "2024-10-05", until: "2024-10-06" });
    expect(standing.upcoming.find((entry) => entry.code === "QUALIFICATION_EXPIRING" && entry.kind === "due")?.date).toBe("2025-05-09");
    const leap = record([manager(), certified("E-2", "2028-02-29"), certified("E-3", "2029-06-30")]);
    expect(evaluateStanding(leap, "2028-03-01").findings.find((finding) => finding.code === "CERTIFIED_BELOW_MINIMUM")?.effectiveFrom).toBe("2028-03-01");
  });

  it("eligibility and the schedule", () => {
    const platform = { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 500_000, hasCase: true } };
    const engineer = (id: string, validThrough: string) => ({ id, roles: ["certified-engineer"], joinedOn: "2023-01-01", certificates: [{ type: "H3CS-CDS", validThrough }], socialSecurityMonths: 2 });
    const result = checkEligibility({ appliedOn: "2025-01-31", kind: "new", engineers: [engineer("E-2", "2025-03-01"), engineer("E-3", "2025-02-28")], platform });
    expect(result.requirements.slice(0, 2).map(({ met, passesFrom }) => [met, passesFrom])).toEqual([
      [false, null], // E-3 valid through 2025-02-28 = 2025-01-31 + 1 month: not more than a month
      [false, "2025-02-28"], // 2 of 3 months: + 1 month, clamped
    ]);
    expect(certificationSchedule({ appliedOn: "2024-09-27" }, { calendar: chineseWorkingDays }).steps.map((step) => step.dueOn)).toEqual(["2024-10-08", "2024-10-14", "2024-10-21", "2024-10-23"]);
  });
});
