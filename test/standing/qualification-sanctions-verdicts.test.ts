import { describe, expect, it } from "vitest";
import { assessQuarter, evaluateStanding, type Finding } from "../../src/index.js";
import { record, team } from "../support/standing-records.js";

const pick = (findings: readonly Finding[], code: string) => findings.filter((finding) => finding.code === code).map(({ message: _message, code: _code, ...rest }) => rest);
const codes = (findings: readonly Finding[]) => findings.map((finding) => finding.code);

describe("7.3 QUALIFICATION_EXPIRING / QUALIFICATION_EXPIRED: valid one year, reminders from 4 months before", () => {
  // certified 2024-05-10 → valid through 2025-05-09; reminder from 2025-05-09 − 4 months = 2025-01-09
  const once = record(team(), {}, ["2024-05-10"]);

  it.each([
    ["2025-01-08", "starred", []],
    ["2025-01-09", "starred", ["QUALIFICATION_EXPIRING"]],
    ["2025-05-09", "starred", ["QUALIFICATION_EXPIRING"]], // the last valid day
    ["2025-05-10", "expired", ["QUALIFICATION_EXPIRED"]], // the anniversary
  ] as const)("on %s: %s with %j", (asOf, status, inForce) => {
    const standing = evaluateStanding(once, asOf);
    expect(standing.status).toBe(status);
    expect(codes(standing.findings).filter((code) => code.startsWith("QUALIFICATION"))).toEqual(inForce);
  });

  it("the reminder is due on valid-through and ends the day after; the expiry is open-ended until a certification", () => {
    const standing = evaluateStanding(once, "2025-05-10");
    expect(pick(standing.history, "QUALIFICATION_EXPIRING")).toEqual([{ clause: "7.3", severity: "reminder", effectiveFrom: "2025-01-09", until: "2025-05-10", dueOn: "2025-05-09" }]);
    expect(pick(standing.findings, "QUALIFICATION_EXPIRED")).toEqual([{ clause: "7.3", severity: "downgrade", effectiveFrom: "2025-05-10", until: null }]);
    expect(standing.since).toBe("2025-05-10");
  });

  it("recertified on 2025-05-01 inside the reminder: the reminder ends that day, nothing expires", () => {
    const renewed = record(team(), {}, ["2024-05-10", "2025-05-01"]);
    const standing = evaluateStanding(renewed, "2025-05-10");
    expect(standing.status).toBe("starred");
    expect(pick(standing.history, "QUALIFICATION_EXPIRING")).toMatchObject([{ effectiveFrom: "2025-01-09", until: "2025-05-01" }]);
    expect(codes(standing.history)).not.toContain("QUALIFICATION_EXPIRED");
  });

  it("recertified after the expiry: expired from 2025-05-10 until 2025-06-01", () => {
    const late = record(team(), {}, ["2024-05-10", "2025-06-01"]);
    expect(evaluateStanding(late, "2025-05-31").status).toBe("expired");
    expect(pick(evaluateStanding(late, "2025-06-01").history, "QUALIFICATION_EXPIRED")).toMatchObject([{ effectiveFrom: "2025-05-10", until: "2025-06-01" }]);
  });

  it("leap day: certified 2024-02-29 → valid through 2025-02-28, reminded from 2024-10-28, expired from 2025-03-01", () => {
    const leap = record(team({}, {}, "2027-06-30"), {}, ["2024-02-29"]);
    leap.engineers?.forEach((person) => person.certificates?.forEach((held) => (held.registeredOn = "2024-02-29")));
    expect(pick(evaluateStanding(leap, "2024-10-28").findings, "QUALIFICATION_EXPIRING")).toMatchObject([{ effectiveFrom: "2024-10-28", dueOn: "2025-02-28" }]);
    expect(evaluateStanding(leap, "2025-02-28").status).toBe("starred");
    expect(evaluateStanding(leap, "2025-03-01").status).toBe("expired");
  });

  it("not certified before the first certifiedOn: status not-certified, since null", () => {
    const future = record(team(), {}, ["2024-05-10"]);
    expect(evaluateStanding(future, "2024-05-09")).toMatchObject({ status: "not-certified", since: null, findings: [], periods: [] });
    expect(evaluateStanding(future, "2024-05-10")).toMatchObject({ status: "starred", since: "2024-05-10" });
  });
});

describe("7.1 / 7.6 SANCTION: qualification cancelled, no application for one year", () => {
  const sanctioned = (clause: "7.1" | "7.6", foundOn: string, certifiedOn?: string[]) => record(team(), { sanctions: [{ clause, foundOn }] }, certifiedOn);

  it.each([
    ["2024-11-01", "starred"],
    ["2024-11-02", "cancelled"], // foundOn
    ["2025-11-01", "cancelled"],
  ] as const)("found 2024-11-02: on %s the partner is %s", (asOf, status) => {
    expect(evaluateStanding(sanctioned("7.1", "2024-11-02"), asOf).status).toBe(status);
  });

  it("applications accepted again from foundOn + 1 year (2025-11-02); open-ended until a certification on or after it", () => {
    const standing = evaluateStanding(sanctioned("7.6", "2024-11-02"), "2024-11-02");
    expect(pick(standing.findings, "SANCTION")).toEqual([{ clause: "7.6", severity: "cancel", effectiveFrom: "2024-11-02", until: null, reapplyFrom: "2025-11-02" }]);
    expect(standing.upcoming.filter((entry) => entry.code === "SANCTION").map(({ date, kind }) => [date, kind])).toEqual([["2025-11-02", "reapply"]]);
  });

  it("a certification before the year is out does not end it; the first on or after 2025-11-02 does", () => {
    const recertified = sanctioned("7.1", "2024-11-02", ["2024-05-10", "2025-05-09", "2025-11-10"]);
    expect(evaluateStanding(recertified, "2025-11-09").status).toBe("cancelled");
    expect(pick(evaluateStanding(recertified, "2025-11-10").history, "SANCTION")).toMatchObject([{ until: "2025-11-10" }]);
  });

  it("leap day: found 2024-02-29 → applications again from 2025-02-28 (date-fns addYears)", () => {
    expect(pick(evaluateStanding(sanctioned("7.1", "2024-02-29", ["2023-06-01"]), "2024-03-01").findings, "SANCTION")).toMatchObject([{ reapplyFrom: "2025-02-28" }]);
  });
});

describe("4.1 / 4.2.2 QUARTER_DOWNGRADE: stored quarterly verdicts take part in the standing", () => {
  // ECR 20 of 100 = 20 % > 16 % → 0 points: ITEM_ZERO for 2024-Q3, from 2024-10-01, the star returns 2025-01-01.
  const itemZero = assessQuarter({ partner: { id: "P-0001" }, quarter: "2024-Q3", ecr: { simpleCalls: 20, totalCalls: 100 } });

  it.each([
    ["2024-09-30", "starred"],
    ["2024-10-01", "downgraded"],
    ["2024-12-31", "downgraded"],
    ["2025-01-01", "starred"],
  ] as const)("an ITEM_ZERO verdict for 2024-Q3 (an Assessment as stored): on %s %s", (asOf, status) => {
    expect(evaluateStanding(record(team(), { assessments: [{ quarter: "2024-Q3", verdict: itemZero.verdict }] }), asOf).status).toBe(status);
  });

  it("carries the quarter, its reason codes and the reasons' clause; until the verdict's restoresOn", () => {
    const standing = evaluateStanding(record(team(), { assessments: [itemZero as unknown as { quarter: string; verdict: unknown }] }), "2024-10-01");
    expect(pick(standing.findings, "QUARTER_DOWNGRADE")).toEqual([
      { clause: "4.1.a", severity: "downgrade", effectiveFrom: "2024-10-01", until: "2025-01-01", quarter: "2024-Q3", reasons: ["ITEM_ZERO"] },
    ]);
  });

  it("a verdict whose effectiveFrom is after asOf is ignored (one record answers any past day)", () => {
    expect(evaluateStanding(record(team(), { assessments: [{ quarter: "2024-Q3", verdict: itemZero.verdict }] }), "2024-09-30").upcoming).not.toContainEqual(
      expect.objectContaining({ code: "QUARTER_DOWNGRADE" }),
    );
  });

  it("a total below 70 has no automatic return: until the next certification on or after its effectiveFrom", () => {
    // training 0 of 10 online, 0 of 10 offline: 30 + 25 + 10 + 15 + 0 = 80 … with ECR 0 too: 65 < 70
    const low = assessQuarter({
      partner: { id: "P-0001" },
      quarter: "2024-Q3",
      ecr: { simpleCalls: 20, totalCalls: 100 },
      training: { online: { required: 10, completed: 0 }, offline: { required: 10, attended: 0 } },
    });
    expect(low.total).toBe(65);
    const partner = record(team(), { assessments: [{ quarter: "2024-Q3", verdict: low.verdict }] }, ["2024-05-10", "2025-02-01", "2025-05-09"]);
    expect(evaluateStanding(partner, "2025-01-31").status).toBe("downgraded");
    expect(pick(evaluateStanding(partner, "2025-02-01").history, "QUARTER_DOWNGRADE")).toEqual([
      { clause: "4.1.a", seeAlso: ["4.1.b"], severity: "downgrade", effectiveFrom: "2024-10-01", until: "2025-02-01", quarter: "2024-Q3", reasons: ["ITEM_ZERO", "ITEM_ZERO", "TOTAL_BELOW_THRESHOLD"] },
    ]);
  });

  it("a blacklist never ends; a major key event takes effect on its own date", () => {
    const verdict = {
      downgrade: true,
      blacklist: true,
      reasons: [{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", eventId: "KE-9", severity: "blacklist", date: "2024-08-20", effectiveFrom: "2024-08-20", message: { zh: "…", en: "…" } }],
      effectiveFrom: "2024-08-20",
      restoresOn: null,
      reapplyFrom: null,
      message: { zh: "加入黑名单", en: "blacklisted" },
    };
    const standing = evaluateStanding(record(team(), { assessments: [{ quarter: "2024-Q3", verdict }] }, ["2024-05-10", "2025-05-09"]), "2025-06-01");
    expect(standing).toMatchObject({ status: "blacklisted", since: "2024-08-20" });
    expect(pick(standing.findings, "QUARTER_DOWNGRADE")).toMatchObject([{ severity: "blacklist", until: null, clause: "4.2.2" }]);
  });

  it("a verdict that keeps the star gives no finding", () => {
    const clean = assessQuarter({ partner: { id: "P-0001" }, quarter: "2024-Q3" });
    expect(evaluateStanding(record(team(), { assessments: [{ quarter: "2024-Q3", verdict: clean.verdict }] }), "2024-10-01").findings).toEqual([]);
  });
});
