import { describe, expect, it } from "vitest";
import { assessQuarter, checkEligibility, type Requirement } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { record, team } from "../support/standing-records.js";

const platform = { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 500_000, hasCase: true } };
const engineer = (id: string, validThrough: string, socialSecurityMonths = 12, extra: object = {}) => ({
  id,
  roles: ["certified-engineer"],
  joinedOn: "2023-01-01",
  certificates: [{ type: "H3CS-CDS", version: "V1", validThrough }],
  socialSecurityMonths,
  ...extra,
});
const application = (extra: object = {}) => ({ appliedOn: "2024-09-30", kind: "new", engineers: [engineer("E-2", "2026-06-30"), engineer("E-3", "2026-06-30")], platform, ...extra });
const requirement = (result: { requirements: readonly Requirement[] }, code: string) => {
  const found = result.requirements.find((each) => each.code === code);
  return found && { met: found.met, passesFrom: found.passesFrom, clause: found.clause };
};

describe("1 / 6.process / 7 checkEligibility", () => {
  it("a complete application is eligible; one requirement per code, in order", () => {
    const result = checkEligibility(application());
    expect(result.eligible).toBe(true);
    expect(result.requirements.map((each) => [each.code, each.clause, each.met])).toEqual([
      ["CERTIFIED_ENGINEERS", "1.certified-engineers", true],
      ["SOCIAL_SECURITY", "6.process", true],
      ["HOTLINE", "1.platform", true],
      ["ISSUE_TRACKING", "1.platform", true],
      ["TECHNICAL_MANAGER", "1.platform", true],
      ["PROJECT_CASE", "1.platform", true],
      ["LAST_QUARTER_TOTAL", "1.kpi", true],
      ["NO_SANCTION", "7.1", true],
      ["REAPPLY_WAIT", "4.1.b", true],
      ["NOT_BLACKLISTED", "4.2.2", true],
      ["NO_MAJOR_EVENT_LAST_YEAR", "7.5", true],
    ]);
  });

  describe("1.cert-validity: valid for more than one month after applying", () => {
    // applied 2024-09-30: + 1 month = 2024-10-30; the certificate must be valid through a later day
    it.each([
      ["2024-10-29", false],
      ["2024-10-30", false], // exactly one month: not more than one month
      ["2024-10-31", true],
    ] as const)("applied 2024-09-30, E-3 valid through %s → met: %s", (validThrough, met) => {
      const result = checkEligibility(application({ engineers: [engineer("E-2", "2026-06-30"), engineer("E-3", validThrough)] }));
      expect(requirement(result, "CERTIFIED_ENGINEERS")).toEqual({ met, passesFrom: null, clause: "1.certified-engineers" });
      expect(result.eligible).toBe(met);
    });

    it.each([
      ["2025-02-28", false], // 2025-01-31 + 1 month = 2025-02-28 (clamped)
      ["2025-03-01", true],
    ] as const)("month end: applied 2025-01-31, valid through %s → met: %s", (validThrough, met) => {
      expect(checkEligibility(application({ appliedOn: "2025-01-31", engineers: [engineer("E-2", "2026-06-30"), engineer("E-3", validThrough)] })).requirements[0]?.met).toBe(met);
    });

    it("an engineer who left, or has not joined yet, does not count", () => {
      const result = checkEligibility(application({ engineers: [engineer("E-2", "2026-06-30", 12, { leftOn: "2024-09-30" }), engineer("E-3", "2026-06-30"), engineer("E-4", "2026-06-30", 12, { joinedOn: "2024-10-01" })] }));
      expect(result.requirements[0]?.met).toBe(false);
      expect(result.requirements[0]?.message.en).toContain("1 employed engineer(s)");
    });
  });

  describe("6.process social security: at least 3 months", () => {
    it.each([
      [3, true, null],
      [2, false, "2024-10-30"], // 2024-09-30 + 1 missing month
      [0, false, "2024-12-30"], // + 3 months
    ] as const)("%i months → met %s, passes from %s", (months, met, passesFrom) => {
      const result = checkEligibility(application({ engineers: [engineer("E-2", "2026-06-30", months), engineer("E-3", "2026-06-30")] }));
      expect(requirement(result, "SOCIAL_SECURITY")).toEqual({ met, passesFrom, clause: "6.process" });
    });
  });

  it.each([
    ["HOTLINE", { ...platform, hotline7x24: false }],
    ["ISSUE_TRACKING", { ...platform, issueTracking: false }],
    ["TECHNICAL_MANAGER", { ...platform, technicalManager: false }],
    ["PROJECT_CASE", { ...platform, projectCase: { amount: 499_999, hasCase: true } }],
    ["PROJECT_CASE", { ...platform, projectCase: { amount: 800_000, hasCase: false } }],
  ] as const)("1.platform: %s unmet, no date can cure it", (code, changed) => {
    const result = checkEligibility(application({ platform: changed }));
    expect(requirement(result, code)).toEqual({ met: false, passesFrom: null, clause: "1.platform" });
    expect(result.eligible).toBe(false);
  });

  it.each([
    [70, true],
    [69.99, false],
  ] as const)("1.kpi: a renewal with last total %d → met %s", (total, met) => {
    expect(requirement(checkEligibility(application({ kind: "renewal", lastQuarterTotal: total })), "LAST_QUARTER_TOTAL")?.met).toBe(met);
  });

  it("1.kpi: a renewal without its last total is an input error", () => {
    expect(issuesOf(() => checkEligibility(application({ kind: "renewal" })))).toEqual([{ path: ["lastQuarterTotal"], code: "LAST_QUARTER_TOTAL_REQUIRED" }]);
  });

  describe("7.1 / 7.6 NO_SANCTION: no application within a year of foundOn", () => {
    const sanctioned = (appliedOn: string, clause = "7.1") => checkEligibility(application({ appliedOn, record: record(team(), { sanctions: [{ clause, foundOn: "2024-11-02" }] }) }));
    it.each([
      ["2025-11-01", false, "2025-11-02"],
      ["2025-11-02", true, null], // foundOn + 1 year
      ["2024-11-01", true, null], // before it was found
    ] as const)("found 2024-11-02, applied %s → met %s, passes from %s", (appliedOn, met, passesFrom) => {
      expect(requirement(sanctioned(appliedOn), "NO_SANCTION")).toEqual({ met, passesFrom, clause: "7.1" });
    });
    it("names 7.6 when that is the ban", () => {
      expect(requirement(sanctioned("2025-01-01", "7.6"), "NO_SANCTION")).toEqual({ met: false, passesFrom: "2025-11-02", clause: "7.6" });
    });
  });

  describe("4.1.b REAPPLY_WAIT and 4.2.2 NOT_BLACKLISTED from stored verdicts", () => {
    // 2024-Q3 below 70 (65: ECR 0, training 0) → reapply from 2025-01-01
    const low = assessQuarter({ partner: { id: "P-0001" }, quarter: "2024-Q3", ecr: { simpleCalls: 20, totalCalls: 100 }, training: { online: { required: 10, completed: 0 }, offline: { required: 10, attended: 0 } } });
    const withVerdict = (appliedOn: string, verdict: unknown) => checkEligibility(application({ appliedOn, record: record(team(), { assessments: [{ quarter: "2024-Q3", verdict }] }) }));
    it.each([
      ["2024-12-31", false, "2025-01-01"],
      ["2025-01-01", true, null],
    ] as const)("applied %s → met %s, passes from %s", (appliedOn, met, passesFrom) => {
      expect(requirement(withVerdict(appliedOn, low.verdict), "REAPPLY_WAIT")).toEqual({ met, passesFrom, clause: "4.1.b" });
    });
    it("a blacklist bars the application, and no date cures it", () => {
      const verdict = { ...low.verdict, blacklist: true, reapplyFrom: null, reasons: [{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", date: "2024-08-20", effectiveFrom: "2024-08-20" }], effectiveFrom: "2024-08-20" };
      const result = withVerdict("2026-01-01", verdict);
      expect(requirement(result, "NOT_BLACKLISTED")).toEqual({ met: false, passesFrom: null, clause: "4.2.2" });
      expect(result.eligible).toBe(false);
    });
  });

  describe("7.5 NO_MAJOR_EVENT_LAST_YEAR: a warning only", () => {
    const verdict = { downgrade: true, blacklist: false, reasons: [{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", date: "2024-08-20", effectiveFrom: "2024-08-20" }], effectiveFrom: "2024-08-20", restoresOn: null, reapplyFrom: null };
    it.each([
      ["2025-08-19", false, "2025-08-20"],
      ["2025-08-20", true, null], // the event's date + 1 year
    ] as const)("a major key event on 2024-08-20, applied %s → met %s, passes from %s; still eligible", (appliedOn, met, passesFrom) => {
      const result = checkEligibility(application({ appliedOn, record: record(team(), { assessments: [{ quarter: "2024-Q3", verdict }] }) }));
      expect(requirement(result, "NO_MAJOR_EVENT_LAST_YEAR")).toEqual({ met, passesFrom, clause: "7.5" });
      expect(result.requirements.at(-1)?.warningOnly).toBe(true);
      expect(result.eligible).toBe(true);
    });
  });

  it("messages in zh and en", () => {
    const result = checkEligibility(application({ engineers: [engineer("E-2", "2026-06-30", 2), engineer("E-3", "2026-06-30")] }));
    expect(result.requirements[1]?.message).toEqual({ zh: "六.2:E-2 社保未交满 3 个月,2024-10-30 起满足", en: "6.2: E-2 have fewer than 3 months of social security; enough from 2024-10-30" });
  });

  it("bad input lists every problem", () => {
    expect(issuesOf(() => checkEligibility({ appliedOn: "2024-13-01", kind: "old", engineers: [], platform: {} }))).toEqual(
      expect.arrayContaining([
        { path: ["appliedOn"], code: "NOT_CALENDAR_DATE" },
        { path: ["kind"], code: "invalid_value" },
        { path: ["platform", "hotline7x24"], code: "invalid_type" },
      ]),
    );
  });
});

describe("7.1 / 7.6 several sanctions", () => {
  it("the ban that ends last decides: 7.1 found 2024-11-02 (→ 2025-11-02) and 7.6 found 2024-06-01 (→ 2025-06-01)", () => {
    const result = checkEligibility({
      appliedOn: "2025-03-01",
      kind: "new",
      engineers: [],
      platform: { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 500_000, hasCase: true } },
      record: record(team(), { sanctions: [{ clause: "7.1", foundOn: "2024-11-02" }, { clause: "7.6", foundOn: "2024-06-01" }] }),
    });
    expect(result.requirements.find((each) => each.code === "NO_SANCTION")).toMatchObject({ clause: "7.1", met: false, passesFrom: "2025-11-02" });
  });
});
