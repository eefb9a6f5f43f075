import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, evaluateStanding, type Finding, type Policy } from "../../src/index.js";
import { certified, manager, record, team } from "../support/standing-records.js";

const pick = (findings: readonly Finding[], code: string) => findings.filter((finding) => finding.code === code).map(({ message: _message, code: _code, ...rest }) => rest);
const withS1 = (value: "belowMinimum" | "anyRegistered"): Policy =>
  ({ ...CLOUD_DESKTOP_2024, standing: { ...CLOUD_DESKTOP_2024.standing, certificates: { ...CLOUD_DESKTOP_2024.standing.certificates, expiryDowngrades: { value, clause: "4.2.a", reading: "S1" } } } }) as Policy;

describe("4.2.a / 7.4 CERTIFIED_BELOW_MINIMUM: fewer than 2 registered, unexpired H3CS-CDS certificates", () => {
  // E-2 valid through 2025-02-28 (2025 is a common year), E-3 through 2026-06-30: from 2025-03-01 one remains.
  const partner = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30")]);

  it.each([
    ["2025-02-27", "starred"],
    ["2025-02-28", "starred"], // validThrough: still valid that day
    ["2025-03-01", "downgraded"], // the day after validThrough
    ["2025-03-02", "downgraded"],
  ] as const)("on %s the partner is %s", (asOf, status) => {
    expect(evaluateStanding(partner, asOf).status).toBe(status);
  });

  it("takes effect the day after the validThrough that took the count below 2, open-ended", () => {
    const standing = evaluateStanding(partner, "2025-03-01");
    expect(pick(standing.findings, "CERTIFIED_BELOW_MINIMUM")).toEqual([
      { clause: "4.2.a", seeAlso: ["7.4"], severity: "downgrade", effectiveFrom: "2025-03-01", until: null },
    ]);
    expect(standing.since).toBe("2025-03-01");
    expect(standing.findings.find((finding) => finding.code === "CERTIFIED_BELOW_MINIMUM")?.message.en).toContain("1 engineer(s) hold a registered, unexpired H3CS-CDS certificate, fewer than 2");
  });

  it("a leap day: valid through 2028-02-29 → downgraded from 2028-03-01, not on 02-29", () => {
    const leap = record([manager(), certified("E-2", "2028-02-29"), certified("E-3", "2029-06-30")]);
    expect(evaluateStanding(leap, "2028-02-28").status).toBe("starred");
    expect(evaluateStanding(leap, "2028-02-29").status).toBe("starred");
    expect(pick(evaluateStanding(leap, "2028-03-01").findings, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2028-03-01", until: null }]);
  });

  it("an engineer who left keeps the certificate in this count (四.2.1 judges departures)", () => {
    const left = record([manager(), certified("E-2", "2026-06-30", { leftOn: "2024-08-05", declaredOn: "2024-08-06" }), certified("E-3", "2026-06-30"), certified("E-4", "2026-06-30")]);
    // E-2 left, but E-3 and E-4 remain: no departure gap (S2), and the count of certificates stays 3.
    expect(pick(evaluateStanding(left, "2025-01-01").findings, "CERTIFIED_BELOW_MINIMUM")).toEqual([]);
  });

  it("a certificate not yet registered does not count; it counts from its registeredOn", () => {
    const late = record([manager(), certified("E-2", "2026-06-30"), certified("E-3", "2026-06-30", {}, "2024-06-01")]);
    // certified 2024-05-10 with only E-2 registered: below 2 from the first certification until 2024-06-01,
    // when E-3, another person, is registered; it ends on the next certification on or after it, 2025-05-09.
    expect(pick(evaluateStanding(late, "2024-05-31").findings, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2024-05-10", until: null }]);
    expect(pick(evaluateStanding(late, "2025-05-09").history, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2024-05-10", until: "2025-05-09" }]);
  });
});

describe("4.2.b CERT_RENEWED: the same engineer renews → the star returns on the renewal's registeredOn", () => {
  const renewal = { type: "H3CS-CDS", version: "V3", validThrough: "2028-03-31", registeredOn: "2025-03-20" };
  const partner = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30")]);
  partner.engineers?.[1]?.certificates?.push(renewal);

  it.each([
    ["2025-03-19", "downgraded"],
    ["2025-03-20", "starred"], // the renewal's registeredOn
    ["2025-03-21", "starred"],
  ] as const)("on %s the partner is %s", (asOf, status) => {
    expect(evaluateStanding(partner, asOf).status).toBe(status);
  });

  it("ends the downgrade on 2025-03-20 and records CERT_RENEWED that day, straight into the history", () => {
    const standing = evaluateStanding(partner, "2025-03-20");
    expect(pick(standing.history, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2025-03-01", until: "2025-03-20" }]);
    expect(pick(standing.history, "CERT_RENEWED")).toEqual([{ clause: "4.2.b", severity: "info", effectiveFrom: "2025-03-20", until: "2025-03-20", engineerId: "E-2" }]);
    // only the qualification's reminder remains: certified 2024-05-10, valid through 2025-05-09, reminded from 2025-01-09
    expect(standing.findings.map((finding) => finding.code)).toEqual(["QUALIFICATION_EXPIRING"]);
    expect(standing.since).toBe("2025-03-20");
  });

  it("a renewal registered before the expiry keeps the count: no downgrade; the reminder ends on the renewal", () => {
    const early = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30")]);
    early.engineers?.[1]?.certificates?.push({ ...renewal, registeredOn: "2025-02-28" });
    const standing = evaluateStanding(early, "2025-03-01");
    expect(standing.status).toBe("starred");
    // reminder from 2025-02-28 − 4 months = 2024-10-28; the replacement registered on 2025-02-28 ends it.
    expect(pick(standing.history, "CERT_EXPIRING")).toEqual([
      { clause: "4.2.a", seeAlso: ["7.4"], severity: "reminder", effectiveFrom: "2024-10-28", until: "2025-02-28", dueOn: "2025-02-28", engineerId: "E-2" },
    ]);
  });

  it("another person brings the count back: the downgrade ends on the next certification on or after that day", () => {
    const other = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30"), certified("E-4", "2027-06-30", {}, "2025-03-20")], {}, ["2024-05-10", "2025-04-15"]);
    expect(evaluateStanding(other, "2025-03-20").status).toBe("downgraded");
    expect(evaluateStanding(other, "2025-04-14").status).toBe("downgraded");
    const standing = evaluateStanding(other, "2025-04-15");
    expect(standing.status).toBe("starred");
    expect(pick(standing.history, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2025-03-01", until: "2025-04-15" }]);
    expect(pick(standing.history, "CERT_RENEWED")).toEqual([]);
  });

  it("another person and no certification since: open-ended", () => {
    const other = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30"), certified("E-4", "2027-06-30", {}, "2025-03-20")], {}, ["2024-05-10"]);
    expect(pick(evaluateStanding(other, "2025-04-15").findings, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ until: null }]);
  });
});

describe("4.2.a / 7.4 CERT_EXPIRING: a reminder from 4 months before an expiry that would leave fewer than 2", () => {
  // E-2 through 2025-06-30, E-3 through 2026-06-30: 2025-06-30 − 4 months = 2025-02-28, as in
  // docs/standing.md ("Dates").
  const partner = record([manager(), certified("E-2", "2025-06-30"), certified("E-3", "2026-06-30")]);

  it.each([
    ["2025-02-27", false],
    ["2025-02-28", true],
    ["2025-06-30", true], // the due date
    ["2025-07-01", false], // history from the day after; the downgrade begins
  ] as const)("on %s the reminder is in force: %s", (asOf, inForce) => {
    expect(pick(evaluateStanding(partner, asOf).findings, "CERT_EXPIRING").length > 0).toBe(inForce);
  });

  it("is due on validThrough and ends the day after", () => {
    expect(pick(evaluateStanding(partner, "2025-02-28").findings, "CERT_EXPIRING")).toEqual([
      { clause: "4.2.a", seeAlso: ["7.4"], severity: "reminder", effectiveFrom: "2025-02-28", until: "2025-07-01", dueOn: "2025-06-30", engineerId: "E-2" },
    ]);
  });

  it("before the window opens it is an upcoming date; the downgrade it warns of too", () => {
    const upcoming = evaluateStanding(partner, "2025-02-27").upcoming.filter((entry) => entry.engineerId === "E-2" || entry.code === "CERTIFIED_BELOW_MINIMUM");
    expect(upcoming.map(({ date, kind, code }) => [date, kind, code])).toEqual([
      ["2025-02-28", "begins", "CERT_EXPIRING"],
      ["2025-06-30", "due", "CERT_EXPIRING"],
      ["2025-07-01", "ends", "CERT_EXPIRING"],
      ["2025-07-01", "begins", "CERTIFIED_BELOW_MINIMUM"],
    ]);
  });

  it("month ends: validThrough 2025-03-31 → from 2024-11-30; 2024-12-31 → from 2024-08-31", () => {
    const ends = record([manager(), certified("E-2", "2025-03-31"), certified("E-3", "2024-12-31")], {}, ["2024-05-10", "2025-05-09"]);
    const froms = evaluateStanding(ends, "2024-08-01").upcoming.filter((entry) => entry.code === "CERT_EXPIRING" && entry.kind === "begins");
    expect(froms.map(({ date, engineerId }) => [date, engineerId])).toEqual([
      ["2024-08-31", "E-3"],
      ["2024-11-30", "E-2"],
    ]);
  });

  it("with a third certified engineer no single expiry leaves fewer than 2: no reminder (S1 belowMinimum)", () => {
    const three = record([manager(), certified("E-2", "2025-06-30"), certified("E-3", "2026-06-30"), certified("E-4", "2026-06-30")]);
    expect(pick(evaluateStanding(three, "2025-03-01").findings, "CERT_EXPIRING")).toEqual([]);
  });
});

describe("4.2.a reading S1: which expiries downgrade (standing.certificates.expiryDowngrades)", () => {
  // Three engineers registered at the certification; E-2's certificate expires 2025-02-28.
  const three = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30"), certified("E-4", "2026-06-30")]);

  it("belowMinimum (default): 2 remain, the requirement of 一 holds, starred", () => {
    expect(evaluateStanding(three, "2025-03-01", { policy: withS1("belowMinimum") }).status).toBe("starred");
  });

  it("anyRegistered: fewer than the 3 counted at the certification → downgraded from 2025-03-01, with a reminder before", () => {
    const policy = withS1("anyRegistered");
    const standing = evaluateStanding(three, "2025-03-01", { policy });
    expect(standing.status).toBe("downgraded");
    expect(pick(standing.findings, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2025-03-01", until: null }]);
    expect(pick(evaluateStanding(three, "2024-10-28", { policy }).findings, "CERT_EXPIRING")).toMatchObject([{ engineerId: "E-2", dueOn: "2025-02-28" }]);
  });

  it("the standard team of two: both readings agree", () => {
    const two = record(team({}, {}, "2025-02-28"));
    expect(evaluateStanding(two, "2025-03-01", { policy: withS1("anyRegistered") }).status).toBe("downgraded");
    expect(evaluateStanding(two, "2025-03-01").status).toBe("downgraded");
  });
});

describe("4.2.a / 4.2.b periods around certifications", () => {
  it("another person restores the count; until the certification later changes are part of the same period", () => {
    // E-2 ends 2025-02-28 → below 2 from 2025-03-01; E-4 registered 2025-03-20 (count 2 again, another person);
    // E-5 registered 2025-04-01 changes nothing; the certification of 2025-04-15 ends the downgrade.
    const partner = record(
      [manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30"), certified("E-4", "2027-06-30", {}, "2025-03-20"), certified("E-5", "2027-06-30", {}, "2025-04-01")],
      {},
      ["2024-05-10", "2025-04-15"],
    );
    expect(pick(evaluateStanding(partner, "2025-04-15").history, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2025-03-01", until: "2025-04-15" }]);
  });

  it("still short on the certification day: a new period starts that day", () => {
    // E-4 registered 2025-03-20 brings the count back; E-3 ends 2025-04-10, before the certification of 2025-04-15:
    // the first period ends 2025-04-15 and, one short again, a second begins that day.
    const partner = record(
      [manager(), certified("E-2", "2025-02-28"), certified("E-3", "2025-04-10"), certified("E-4", "2027-06-30", {}, "2025-03-20")],
      {},
      ["2024-05-10", "2025-04-15"],
    );
    const standing = evaluateStanding(partner, "2025-04-15");
    expect(pick(standing.history, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2025-03-01", until: "2025-04-15" }]);
    expect(pick(standing.findings, "CERTIFIED_BELOW_MINIMUM")).toMatchObject([{ effectiveFrom: "2025-04-15", until: null }]);
  });

  it("a certificate that ended before the first certification gives no reminder", () => {
    const old = record([manager(), certified("E-2", "2027-06-30"), certified("E-3", "2027-06-30")]);
    old.engineers?.[1]?.certificates?.unshift({ type: "H3CS-CDS", validThrough: "2023-12-31", registeredOn: "2023-01-01" });
    expect(pick(evaluateStanding(old, "2024-06-01").history, "CERT_EXPIRING")).toEqual([]);
  });
});
