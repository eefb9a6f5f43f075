import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Assessment, assessQuarter, type QuarterId, quarterEnd, quarterStart, safeAssessQuarter } from "../../src/index.js";
// isCalendarDate is not part of the public surface; the date check it makes is also reached below through assessQuarter.
import { isCalendarDate } from "../../src/dates/calendar-date.js";

/**
 * Quarter dates and calendar dates are real calendar dates YYYY-MM-DD and never shift with the
 * process's time zone. Node re-reads TZ when
 * process.env.TZ is assigned, so each test runs under the zone it names and restores the original.
 * Expected dates are written by hand: Q+1 and Q+2 of 2024-Q4 are 2025-01-01 and 2025-04-01.
 */

const ZONES = [
  // zone, UTC offset in minutes on 2024-01-15 as getTimezoneOffset() gives it (west positive), or null if not pinned
  ["UTC", 0],
  ["Asia/Shanghai", -480],
  ["America/Los_Angeles", 480], // DST 2024-03-10 02:00 → 03:00, ends 2024-11-03
  ["Pacific/Kiritimati", -840], // UTC+14
  ["Pacific/Pago_Pago", 660], // UTC−11
  ["Pacific/Apia", null], // skipped 2011-12-30 entirely
  ["America/Santiago", null], // DST starts at midnight (2024-09-08 00:00 → 01:00)
  ["America/Asuncion", null],
] as const;

const originalTz = process.env.TZ;

function useZone(zone: string): void {
  process.env.TZ = zone;
}

function restoreZone(): void {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
}

/** Quarters 2024-Q2 … 2030-Q4 with their first and last days and the first days of Q+1 and Q+2, by hand. */
const QUARTERS: { quarter: QuarterId; start: string; end: string; next: string; afterNext: string }[] = [];
{
  const first = ["01-01", "04-01", "07-01", "10-01"];
  const last = ["03-31", "06-30", "09-30", "12-31"];
  const startOf = (index: number) => `${Math.floor(index / 4)}-${first[index % 4]}`;
  for (let index = 2024 * 4 + 1; index <= 2030 * 4 + 3; index += 1) {
    const year = Math.floor(index / 4);
    QUARTERS.push({
      quarter: `${year}-Q${(index % 4) + 1}` as QuarterId,
      start: startOf(index),
      end: `${year}-${last[index % 4]}`,
      next: startOf(index + 1),
      afterNext: startOf(index + 2),
    });
  }
}

describe.each(ZONES)("with TZ=%s", (zone, januaryOffset) => {
  beforeEach(() => useZone(zone));
  afterEach(() => restoreZone());

  it("the process really runs in the zone", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toEqual(zone === "UTC" ? expect.stringMatching(/^(UTC|Etc\/UTC|Etc\/Universal)$/) : zone);
    if (januaryOffset !== null) expect(new Date(2024, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
  });

  it("2024-Q4: Q+1 starts 2025-01-01, Q+2 starts 2025-04-01; 2024-Q1 ends 2024-03-31", () => {
    expect(quarterStart("2024-Q4")).toBe("2024-10-01");
    expect(quarterStart("2024-Q4", 1)).toBe("2025-01-01");
    expect(quarterStart("2024-Q4", 2)).toBe("2025-04-01");
    expect(quarterEnd("2024-Q1")).toBe("2024-03-31");
    expect(quarterEnd("2024-Q4")).toBe("2024-12-31");
  });

  it("every quarter 2024-Q2 … 2030-Q4: first day, last day, Q+1 and Q+2", () => {
    for (const q of QUARTERS) {
      expect([quarterStart(q.quarter), quarterEnd(q.quarter), quarterStart(q.quarter, 1), quarterStart(q.quarter, 2)]).toEqual([q.start, q.end, q.next, q.afterNext]);
    }
  });

  it("calendar dates: DST days, the leap day and Samoa's skipped day are real; 2024-02-30 is not", () => {
    for (const date of ["2024-03-10", "2024-11-03", "2024-09-08", "2024-04-07", "2024-10-06", "2028-10-01", "2024-02-29", "2011-12-30", "2024-01-01", "2024-12-31"]) {
      expect(isCalendarDate(date), date).toBe(true);
    }
    for (const date of ["2024-02-30", "2023-02-29", "2024-04-31", "2024-03-32", "2024-13-01"]) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });

  it("an ITEM_ZERO verdict for 2024-Q4 takes effect 2025-01-01 and restores 2025-04-01", () => {
    // ECR 20 of 100 = 20 % > 16 % → 0; total 30 + 25 + 10 + 0 + 20 = 85
    const a: Assessment = assessQuarter({ partner: { id: "P-TZ" }, quarter: "2024-Q4", ecr: { simpleCalls: 20, totalCalls: 100 } });
    expect(a.total).toBe(85);
    expect(a.verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2025-01-01", restoresOn: "2025-04-01", reapplyFrom: null });
    expect(a.verdict.reasons).toMatchObject([{ code: "ITEM_ZERO", item: "ecr", effectiveFrom: "2025-01-01", restoresOn: "2025-04-01" }]);
  });

  it("below 70 with a major key event on a DST day: the verdict takes effect on the event's own date, reapply from 2025-04-01", () => {
    const a = assessQuarter({
      partner: { id: "P-TZ" },
      quarter: "2024-Q4",
      majorProjects: [{ id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-03-10", submittedOn: "2024-03-10", rating: 30 }],
      training: { online: { required: 10, completed: 0 }, offline: { required: 10, attended: 0 } },
      keyEvents: [{ id: "KE-1", kind: "penalty", points: 20, note: "严重的客户投诉", major: "downgrade", date: "2024-11-03" }],
    });
    // the deadline-day report scores its rating 30 (R5); 30 + 25 + 10 + 15 + 0 − 20 = 60
    expect(a.items.majorProjects.score).toBe(30);
    expect(a.total).toBe(60);
    // the verdict takes effect on the earliest reason's date (docs/interpretations.md), the major event's own
    // 2024-11-03 (America/Los_Angeles leaves DST that day)
    expect(a.verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2024-11-03", restoresOn: null, reapplyFrom: "2025-04-01" });
    expect(a.verdict.reasons.map((r) => [r.code, r.effectiveFrom])).toEqual([
      ["ITEM_ZERO", "2025-01-01"],
      ["TOTAL_BELOW_THRESHOLD", "2025-01-01"],
      ["MAJOR_KEY_EVENT", "2024-11-03"],
    ]);
    expect(a.verdict.reasons[2]).toMatchObject({ eventId: "KE-1", date: "2024-11-03", effectiveFrom: "2024-11-03" });
  });

  it("the policy's first quarter stays 2024-Q2: 2024-Q1 → NO_POLICY, 2024-Q2 → effective 2024-07-01", () => {
    const q1 = safeAssessQuarter({ partner: { id: "P-TZ" }, quarter: "2024-Q1" });
    expect(q1.success ? [] : q1.error.issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual([{ pointer: "/quarter", code: "NO_POLICY" }]);
    expect(assessQuarter({ partner: { id: "P-TZ" }, quarter: "2024-Q2" }).verdict.effectiveFrom).toBe("2024-07-01");
  });

  it("dates in the input are checked as calendar dates: 2024-02-30 is rejected, 2024-03-10 accepted", () => {
    const project = (deadline: string) => ({ id: "MP-1", product: "WorkSpace", seats: 300, deadline, submittedOn: null });
    const bad = safeAssessQuarter({ partner: { id: "P-TZ" }, quarter: "2024-Q1", majorProjects: [project("2024-02-30")] });
    expect(bad.success ? [] : bad.error.issues.map(({ pointer, code }) => ({ pointer, code }))).toContainEqual({ pointer: "/majorProjects/0/deadline", code: "NOT_CALENDAR_DATE" });
    expect(assessQuarter({ partner: { id: "P-TZ" }, quarter: "2024-Q2", majorProjects: [project("2024-03-10")] }).items.majorProjects.score).toBe(0);
  });
});

describe("restoring the zone", () => {
  it("leaves TZ as it was before these tests", () => {
    expect(process.env.TZ).toBe(originalTz);
  });
});
