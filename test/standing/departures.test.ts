import { describe, expect, it } from "vitest";
import { chineseWorkingDays } from "../../src/calendars/chinese-days.js";
import { CLOUD_DESKTOP_2024, evaluateStanding, type Finding, type Policy } from "../../src/index.js";
import { certified, manager, record, team } from "../support/standing-records.js";

const pick = (findings: readonly Finding[], code: string) => findings.filter((finding) => finding.code === code).map(({ message: _message, code: _code, ...rest }) => rest);
const codes = (findings: readonly Finding[]) => findings.map((finding) => finding.code);
const withS2 = (value: "belowMinimum" | "always"): Policy =>
  ({ ...CLOUD_DESKTOP_2024, standing: { ...CLOUD_DESKTOP_2024.standing, departures: { ...CLOUD_DESKTOP_2024.standing.departures, needsFilling: { value, clause: "4.2.1.a", reading: "S2" } } } }) as Policy;

// E-2, one of the two certified engineers, leaves on Monday 2024-08-05: 3 working days → Thursday 2024-08-08;
// 2 months of grace → 2024-10-05; downgraded from 2024-10-06 if not filled.
const leaving = (extra: { declaredOn?: string | null; foundOn?: string | null }) => record(team({ leftOn: "2024-08-05", ...extra }));

describe("5.tech-manager DEPARTURE_DECLARATION_DUE: report a departure within 3 working days", () => {
  it.each([
    ["2024-08-07", true],
    ["2024-08-08", true], // the 3rd working day: the last day to report
    ["2024-08-09", true], // overdue: it stays in force until the departure is declared or found
  ] as const)("on %s, undeclared and not found, the reminder is in force: %s", (asOf, inForce) => {
    expect(pick(evaluateStanding(leaving({}), asOf).findings, "DEPARTURE_DECLARATION_DUE").length > 0).toBe(inForce);
  });

  it("is due on the 3rd working day after leftOn and open-ended while undeclared", () => {
    expect(pick(evaluateStanding(leaving({}), "2024-08-09").findings, "DEPARTURE_DECLARATION_DUE")).toEqual([
      { clause: "5.tech-manager", severity: "reminder", effectiveFrom: "2024-08-05", until: null, dueOn: "2024-08-08", engineerId: "E-2" },
    ]);
  });

  it("ends on the day it is declared", () => {
    expect(pick(evaluateStanding(leaving({ declaredOn: "2024-08-07" }), "2024-08-07").history, "DEPARTURE_DECLARATION_DUE")).toMatchObject([{ until: "2024-08-07" }]);
  });

  it.each([
    ["2024-08-08", false], // on the 3rd working day: in time
    ["2024-08-09", true], // the day after: late
  ] as const)("declared on %s → DEPARTURE_DECLARED_LATE: %s", (declaredOn, late) => {
    const standing = evaluateStanding(leaving({ declaredOn }), "2024-08-20");
    expect(pick(standing.history, "DEPARTURE_DECLARED_LATE")).toEqual(
      late ? [{ clause: "5.tech-manager", severity: "warning", effectiveFrom: declaredOn, until: declaredOn, dueOn: "2024-08-08", engineerId: "E-2" }] : [],
    );
    // the grace of 4.2.1.a still applies (it sets no deadline of its own)
    expect(pick(standing.findings, "DEPARTURE_GRACE")).toMatchObject([{ dueOn: "2024-10-05" }]);
  });

  describe("across China's holidays (chineseWorkingDays)", () => {
    // Left Friday 2024-09-27: Sun 29 (make-up, 1), Mon 30 (2), 10-01…07 off, Tue 10-08 (3). Monday–Friday: 10-02.
    const national = (declaredOn: string) => record(team({ leftOn: "2024-09-27", declaredOn }));
    it.each([
      ["2024-10-07", false],
      ["2024-10-08", false],
      ["2024-10-09", true],
    ] as const)("国庆 2024: left 2024-09-27, declared %s → late: %s (due 2024-10-08)", (declaredOn, late) => {
      const standing = evaluateStanding(national(declaredOn), "2024-10-20", { calendar: chineseWorkingDays });
      expect(codes(standing.history).includes("DEPARTURE_DECLARED_LATE")).toBe(late);
      expect(pick(standing.history, "DEPARTURE_DECLARATION_DUE")).toMatchObject([{ dueOn: "2024-10-08" }]);
    });

    it("the same departure Monday to Friday is due 2024-10-02, so 2024-10-03 is late", () => {
      expect(pick(evaluateStanding(national("2024-10-03"), "2024-10-20").history, "DEPARTURE_DECLARED_LATE")).toMatchObject([{ dueOn: "2024-10-02" }]);
    });

    it("中秋 2024: left Thursday 2024-09-12 → Fri 13 (1), Sat 14 make-up (2), 15–17 off, Wed 18 (3)", () => {
      const standing = evaluateStanding(record(team({ leftOn: "2024-09-12" })), "2024-09-18", { calendar: chineseWorkingDays });
      expect(pick(standing.findings, "DEPARTURE_DECLARATION_DUE")).toMatchObject([{ dueOn: "2024-09-18" }]);
    });

    it.each([
      ["2025-02-04", false],
      ["2025-02-05", false],
      ["2025-02-06", true],
    ] as const)("春节 2025: left Friday 2025-01-24 → Sun 26 (1), Mon 27 (2), Wed 02-05 (3); declared %s → late: %s", (declaredOn, late) => {
      const standing = evaluateStanding(record(team({ leftOn: "2025-01-24", declaredOn })), "2025-02-20", { calendar: chineseWorkingDays });
      expect(codes(standing.history).includes("DEPARTURE_DECLARED_LATE")).toBe(late);
    });
  });
});

describe("4.2.1.a DEPARTURE_GRACE / DEPARTURE_UNFILLED: a declared departure has 2 months to be filled", () => {
  const declared = leaving({ declaredOn: "2024-08-07" });

  it.each([
    ["2024-10-04", "starred", ["DEPARTURE_GRACE"]],
    ["2024-10-05", "starred", ["DEPARTURE_GRACE"]], // leftOn + 2 months: the last day of grace
    ["2024-10-06", "downgraded", ["DEPARTURE_UNFILLED"]],
  ] as const)("on %s the partner is %s with %j", (asOf, status, inForce) => {
    const standing = evaluateStanding(declared, asOf);
    expect(standing.status).toBe(status);
    expect(codes(standing.findings).filter((code) => code.startsWith("DEPARTURE"))).toEqual(inForce);
  });

  it("grace from leftOn, due 2024-10-05, ends 2024-10-06; the downgrade from 2024-10-06 waits for a fill and a certification", () => {
    const standing = evaluateStanding(declared, "2024-10-06");
    expect(pick(standing.history, "DEPARTURE_GRACE")).toEqual([{ clause: "4.2.1.a", severity: "warning", effectiveFrom: "2024-08-05", until: "2024-10-06", dueOn: "2024-10-05", engineerId: "E-2" }]);
    expect(pick(standing.findings, "DEPARTURE_UNFILLED")).toEqual([{ clause: "4.2.1.a", severity: "downgrade", effectiveFrom: "2024-10-06", until: null, engineerId: "E-2" }]);
    expect(standing.since).toBe("2024-10-06");
  });

  it.each([
    ["2024-10-04", "2024-10-04", false],
    ["2024-10-05", "2024-10-05", false], // filled on the last day of grace: in time
    ["2024-10-06", null, true], // a day late: downgraded from 2024-10-06
  ] as const)("a certified engineer joining and registered on %s → grace ends %s, downgraded: %s", (filledOn, graceEnd, downgraded) => {
    const filled = record([...team({ leftOn: "2024-08-05", declaredOn: "2024-08-07" }), certified("E-4", "2027-06-30", { joinedOn: filledOn }, filledOn)], {}, ["2024-05-10", "2024-11-15", "2025-05-09"]);
    const standing = evaluateStanding(filled, "2024-11-20");
    expect(pick(standing.history, "DEPARTURE_GRACE")).toMatchObject([{ until: graceEnd ?? "2024-10-06" }]);
    // when late, the downgrade ends on the next certification on or after the fill: 2024-11-15
    expect(pick(standing.history, "DEPARTURE_UNFILLED")).toEqual(downgraded ? [{ clause: "4.2.1.a", severity: "downgrade", effectiveFrom: "2024-10-06", until: "2024-11-15", engineerId: "E-2" }] : []);
  });

  it("a new hire whose certificate is registered later fills the post only from the registration", () => {
    const hire = record([...team({ leftOn: "2024-08-05", declaredOn: "2024-08-07" }), certified("E-4", "2027-06-30", { joinedOn: "2024-09-01" }, "2024-10-08")]);
    expect(evaluateStanding(hire, "2024-10-06").status).toBe("downgraded");
  });

  it("month end: left 2024-12-31 → grace due 2025-02-28 (clamped), downgraded from 2025-03-01", () => {
    const december = record(team({ leftOn: "2024-12-31", declaredOn: "2024-12-31" }));
    expect(pick(evaluateStanding(december, "2025-02-28").findings, "DEPARTURE_GRACE")).toMatchObject([{ dueOn: "2025-02-28", until: "2025-03-01" }]);
    expect(evaluateStanding(december, "2025-02-28").status).toBe("starred");
    expect(evaluateStanding(december, "2025-03-01").status).toBe("downgraded");
  });

  it("leap year: left 2023-12-31 → grace due 2024-02-29, downgraded from 2024-03-01", () => {
    const leap = record([manager(), certified("E-2", "2027-06-30", { leftOn: "2023-12-31", declaredOn: "2024-01-02" }, "2023-06-01"), certified("E-3", "2027-06-30", {}, "2023-06-01")], {}, ["2023-06-01", "2024-05-31"]);
    expect(evaluateStanding(leap, "2024-02-29").status).toBe("starred");
    expect(pick(evaluateStanding(leap, "2024-03-01").findings, "DEPARTURE_UNFILLED")).toMatchObject([{ effectiveFrom: "2024-03-01" }]);
  });

  it("a technical manager leaving with no other is a key departure too", () => {
    const tm = record([manager("E-1", { leftOn: "2024-08-05", declaredOn: "2024-08-06" }), certified("E-2", "2027-06-30"), certified("E-3", "2027-06-30")]);
    expect(evaluateStanding(tm, "2024-10-06").status).toBe("downgraded");
  });

  it("a core engineer who is not a key person: no finding", () => {
    const core = record([...team(), { id: "E-9", roles: ["core-engineer"], joinedOn: "2023-01-01", leftOn: "2024-08-05" }]);
    expect(codes(evaluateStanding(core, "2024-08-06").findings).filter((code) => code.startsWith("DEPARTURE"))).toEqual([]);
  });

  it("a departure before the first certification is not a star partner's", () => {
    const before = record(team({ leftOn: "2024-03-01", declaredOn: "2024-03-02" }), {}, ["2024-05-10"]);
    expect(codes(evaluateStanding(before, "2024-06-01").findings).filter((code) => code.startsWith("DEPARTURE"))).toEqual([]);
  });
});

describe("4.2.1 reading S2: which departures must be filled (standing.departures.needsFilling)", () => {
  // Three certified engineers; E-2 leaves and declares: 2 remain, which 一 requires.
  const three = record([...team({ leftOn: "2024-08-05", declaredOn: "2024-08-06" }), certified("E-4", "2027-06-30")]);

  it("belowMinimum (default): no grace, no downgrade; only the declaration", () => {
    const standing = evaluateStanding(three, "2024-10-06");
    expect(standing.status).toBe("starred");
    expect(codes(standing.history)).toContain("DEPARTURE_DECLARATION_DUE");
    expect(codes([...standing.history, ...standing.findings]).filter((code) => code === "DEPARTURE_GRACE" || code === "DEPARTURE_UNFILLED")).toEqual([]);
  });

  it("always: fewer than the day before → grace, then downgraded from 2024-10-06", () => {
    expect(evaluateStanding(three, "2024-10-05", { policy: withS2("always") }).status).toBe("starred");
    expect(pick(evaluateStanding(three, "2024-10-06", { policy: withS2("always") }).findings, "DEPARTURE_UNFILLED")).toMatchObject([{ effectiveFrom: "2024-10-06" }]);
  });
});

describe("4.2.1.b DEPARTURE_UNDECLARED: found by H3C before it was declared → downgraded at once", () => {
  it.each([
    ["2024-09-09", "starred"],
    ["2024-09-10", "downgraded"], // foundOn
    ["2024-09-11", "downgraded"],
  ] as const)("found 2024-09-10: on %s the partner is %s", (asOf, status) => {
    expect(evaluateStanding(leaving({ foundOn: "2024-09-10" }), asOf).status).toBe(status);
  });

  it("from foundOn; the declaration reminder ends that day; no grace", () => {
    const standing = evaluateStanding(leaving({ foundOn: "2024-09-10" }), "2024-09-10");
    expect(pick(standing.findings, "DEPARTURE_UNDECLARED")).toEqual([{ clause: "4.2.1.b", severity: "downgrade", effectiveFrom: "2024-09-10", until: null, engineerId: "E-2" }]);
    expect(pick(standing.history, "DEPARTURE_DECLARATION_DUE")).toMatchObject([{ until: "2024-09-10" }]);
    expect(codes([...standing.findings, ...standing.history])).not.toContain("DEPARTURE_GRACE");
  });

  it("declared after it was found is still undeclared", () => {
    expect(codes(evaluateStanding(leaving({ foundOn: "2024-09-10", declaredOn: "2024-09-12" }), "2024-09-12").findings)).toContain("DEPARTURE_UNDECLARED");
  });

  it("declared on the day it was found counts as declared (declaredOn on or before foundOn)", () => {
    const standing = evaluateStanding(leaving({ foundOn: "2024-09-10", declaredOn: "2024-09-10" }), "2024-09-10");
    expect(codes(standing.findings)).toContain("DEPARTURE_GRACE");
    expect(codes(standing.findings)).not.toContain("DEPARTURE_UNDECLARED");
  });

  it("ends on the next certification on or after the day a key person filled the post (2024-09-20 → 2024-10-15)", () => {
    const filled = record([...team({ leftOn: "2024-08-05", foundOn: "2024-09-10" }), certified("E-4", "2027-06-30", { joinedOn: "2024-09-20" }, "2024-09-20")], {}, ["2024-05-10", "2024-10-15", "2025-05-09"]);
    expect(evaluateStanding(filled, "2024-10-14").status).toBe("downgraded");
    const standing = evaluateStanding(filled, "2024-10-15");
    expect(standing.status).toBe("starred");
    expect(pick(standing.history, "DEPARTURE_UNDECLARED")).toMatchObject([{ effectiveFrom: "2024-09-10", until: "2024-10-15" }]);
  });

  it("filled before it was found still downgrades from foundOn (reading S3), until the next certification after it", () => {
    const early = record([...team({ leftOn: "2024-08-05", foundOn: "2024-09-10" }), certified("E-4", "2027-06-30", { joinedOn: "2024-08-20" }, "2024-08-20")], {}, ["2024-05-10", "2024-09-01", "2024-10-15", "2025-05-09"]);
    // on 2024-09-10 the certification of 2024-10-15 is not known yet: open-ended
    expect(pick(evaluateStanding(early, "2024-09-10").findings, "DEPARTURE_UNDECLARED")).toMatchObject([{ effectiveFrom: "2024-09-10", until: null }]);
    expect(pick(evaluateStanding(early, "2024-10-15").history, "DEPARTURE_UNDECLARED")).toMatchObject([{ effectiveFrom: "2024-09-10", until: "2024-10-15" }]);
  });

  it("S2 applies: with a third certified engineer nothing needs filling, so nothing is downgraded", () => {
    const three = record([...team({ leftOn: "2024-08-05", foundOn: "2024-09-10" }), certified("E-4", "2027-06-30")]);
    expect(evaluateStanding(three, "2024-09-10").status).toBe("starred");
  });
});
