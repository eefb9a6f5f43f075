import { describe, expect, it } from "vitest";
import { evaluateStanding, type Finding } from "../../src/index.js";
import { certified, manager, record } from "../support/standing-records.js";

const pick = (findings: readonly Finding[], code: string) => findings.filter((finding) => finding.code === code).map(({ message: _message, code: _code, ...rest }) => rest);

// E-2 and E-3 registered 2023-06-01, before every pledge here, so that only the pledge is at issue.
const withPledge = (signedOn: string, proofOn: string | null, certifiedOn?: string[]) =>
  record(
    [manager(), certified("E-2", "2027-06-30", {}, "2023-06-01"), certified("E-3", "2027-06-30", {}, "2023-06-01"), certified("E-4", "2027-06-30", { joinedOn: signedOn, pledge: { signedOn, proofOn } }, signedOn)],
    {},
    certifiedOn,
  );

describe("4.2.1.c PLEDGE_DUE / PLEDGE_BROKEN: social-security proof 3 months after the pledge", () => {
  // signed 2024-05-10 → due 2024-08-10
  it.each([
    ["2024-08-09", "starred", "PLEDGE_DUE"],
    ["2024-08-10", "starred", "PLEDGE_DUE"], // the due date
    ["2024-08-11", "downgraded", "PLEDGE_BROKEN"],
  ] as const)("no proof: on %s the partner is %s (%s in force)", (asOf, status, code) => {
    const standing = evaluateStanding(withPledge("2024-05-10", null), asOf);
    expect(standing.status).toBe(status);
    expect(standing.findings.map((finding) => finding.code)).toContain(code);
  });

  it("the reminder from signedOn, due signedOn + 3 months; broken from the day after, until the next certification", () => {
    const standing = evaluateStanding(withPledge("2024-05-10", null, ["2024-05-10", "2024-09-01", "2025-05-09"]), "2024-09-01");
    expect(pick(standing.history, "PLEDGE_DUE")).toEqual([{ clause: "4.2.1.c", severity: "reminder", effectiveFrom: "2024-05-10", until: "2024-08-11", dueOn: "2024-08-10", engineerId: "E-4" }]);
    expect(pick(standing.history, "PLEDGE_BROKEN")).toEqual([{ clause: "4.2.1.c", severity: "downgrade", effectiveFrom: "2024-08-11", until: "2024-09-01", engineerId: "E-4" }]);
    expect(standing.status).toBe("starred");
  });

  it.each([
    ["2024-08-09", false],
    ["2024-08-10", false], // proof on the due date keeps the pledge
    ["2024-08-11", true], // a day late: broken, and the late proof does not mend it
  ] as const)("proof on %s → broken: %s", (proofOn, broken) => {
    const standing = evaluateStanding(withPledge("2024-05-10", proofOn), "2024-08-20");
    expect(standing.status).toBe(broken ? "downgraded" : "starred");
    if (!broken) expect(pick(standing.history, "PLEDGE_DUE")).toMatchObject([{ until: proofOn }]);
  });

  it("month end: signed 2024-11-30 → due 2025-02-28 (clamped), broken from 2025-03-01", () => {
    expect(evaluateStanding(withPledge("2024-11-30", null), "2025-02-28").status).toBe("starred");
    expect(pick(evaluateStanding(withPledge("2024-11-30", null), "2025-03-01").findings, "PLEDGE_BROKEN")).toMatchObject([{ effectiveFrom: "2025-03-01" }]);
  });

  it("leap year: signed 2023-11-30 → due 2024-02-29, broken from 2024-03-01", () => {
    const leap = withPledge("2023-11-30", null, ["2023-06-01", "2024-05-31"]);
    expect(pick(evaluateStanding(leap, "2024-02-29").findings, "PLEDGE_DUE")).toMatchObject([{ dueOn: "2024-02-29" }]);
    expect(evaluateStanding(leap, "2024-02-29").status).toBe("starred");
    expect(evaluateStanding(leap, "2024-03-01").status).toBe("downgraded");
  });

  it("a proof dated after asOf is not known yet: on 2024-08-11 the pledge is broken even though proof comes 2024-08-12", () => {
    expect(evaluateStanding(withPledge("2024-05-10", "2024-08-12"), "2024-08-11").status).toBe("downgraded");
  });
});
