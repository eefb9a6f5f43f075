import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateStanding, StandingRecordSchema } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { certified, manager, record, team, type RecordEntry } from "../support/standing-records.js";

const blacklistVerdict = {
  downgrade: true,
  blacklist: true,
  reasons: [{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", date: "2025-03-03", effectiveFrom: "2025-03-03" }],
  effectiveFrom: "2025-03-03",
  restoresOn: null,
  reapplyFrom: null,
};

/**
 * Several findings at once, on 2025-06-01:
 * - DEPARTURE_UNFILLED: E-2 left 2024-08-05, declared, not filled by 2024-10-05 → downgraded from 2024-10-06;
 * - SANCTION 7.1 found 2024-11-02 → cancelled from 2024-11-02;
 * - QUALIFICATION_EXPIRED: certified once, 2024-05-10 → expired from 2025-05-10;
 * - a blacklist verdict from 2025-03-03.
 */
function crowded(parts: { blacklist?: boolean; sanction?: boolean; expired?: boolean; unfilled?: boolean }): RecordEntry {
  return record(
    team(parts.unfilled ? { leftOn: "2024-08-05", declaredOn: "2024-08-06" } : {}),
    {
      assessments: parts.blacklist ? [{ quarter: "2025-Q1", verdict: blacklistVerdict }] : [],
      sanctions: parts.sanction ? [{ clause: "7.1", foundOn: "2024-11-02" }] : [],
    },
    parts.expired ? ["2024-05-10"] : ["2024-05-10", "2025-05-09"],
  );
}

describe("status precedence: blacklisted > cancelled > expired > downgraded > starred", () => {
  it.each([
    [{ blacklist: true, sanction: true, expired: true, unfilled: true }, "blacklisted", "2025-03-03"],
    [{ sanction: true, expired: true, unfilled: true }, "cancelled", "2024-11-02"],
    [{ expired: true, unfilled: true }, "expired", "2025-05-10"],
    [{ unfilled: true }, "downgraded", "2024-10-06"],
    [{}, "starred", "2024-05-10"],
  ] as const)("%j → %s since %s", (parts, status, since) => {
    expect(evaluateStanding(crowded(parts), "2025-06-01")).toMatchObject({ status, since });
  });

  it("every status period from the first certification, each ending where the next begins", () => {
    const standing = evaluateStanding(crowded({ blacklist: true, sanction: true, expired: true, unfilled: true }), "2025-06-01");
    expect(standing.periods).toEqual([
      { status: "starred", from: "2024-05-10", until: "2024-10-06" },
      { status: "downgraded", from: "2024-10-06", until: "2024-11-02" },
      { status: "cancelled", from: "2024-11-02", until: "2025-03-03" },
      { status: "blacklisted", from: "2025-03-03", until: null },
    ]);
  });

  it("since spans back-to-back findings without a break: a pledge broken then a departure unfilled", () => {
    // pledge signed 2024-05-10 → broken from 2024-08-11; E-2's departure unfilled from 2024-10-06: downgraded since 2024-08-11
    const both = record([manager(), certified("E-2", "2027-06-30", { leftOn: "2024-08-05", declaredOn: "2024-08-06" }), certified("E-3", "2027-06-30", { pledge: { signedOn: "2024-05-10", proofOn: null } })]);
    expect(evaluateStanding(both, "2024-12-01")).toMatchObject({ status: "downgraded", since: "2024-08-11" });
  });

  it("a status that returns: downgraded then starred again, since the day it returned", () => {
    const renewed = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30")]);
    renewed.engineers?.[1]?.certificates?.push({ type: "H3CS-CDS", validThrough: "2028-03-31", registeredOn: "2025-03-20" });
    const standing = evaluateStanding(renewed, "2025-04-01");
    expect(standing).toMatchObject({ status: "starred", since: "2025-03-20" });
    expect(standing.periods.map(({ status, from }) => [status, from])).toEqual([
      ["starred", "2024-05-10"],
      ["downgraded", "2025-03-01"],
      ["starred", "2025-03-20"],
    ]);
  });
});

describe("upcoming: every later date of the findings in force and of those to come, in order", () => {
  it("dates in order; on one day a due date, then what ends, then what begins", () => {
    const standing = evaluateStanding(record(team({ leftOn: "2024-08-05", declaredOn: "2024-08-06" }), {}, ["2024-05-10"]), "2024-09-01");
    expect(standing.upcoming.slice(0, 4).map(({ date, kind, code }) => [date, kind, code])).toEqual([
      ["2024-10-05", "due", "DEPARTURE_GRACE"],
      ["2024-10-06", "ends", "DEPARTURE_GRACE"],
      ["2024-10-06", "begins", "DEPARTURE_UNFILLED"],
      ["2025-01-09", "begins", "QUALIFICATION_EXPIRING"], // 2025-05-09 − 4 months
    ]);
    const dates = standing.upcoming.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date > "2024-09-01")).toBe(true);
    expect(standing.upcoming[0]?.message).toEqual({ zh: "离职缓冲期(E-2):最后期限", en: "grace to fill a departure (E-2): last day" });
  });
});

describe("one record answers any past day; no clock", () => {
  const full = record(team({ leftOn: "2024-08-05", declaredOn: "2024-08-20", foundOn: null }), { sanctions: [{ clause: "7.1", foundOn: "2024-11-02" }] });

  it("entries dated after asOf are ignored: on 2024-08-10 the declaration of 2024-08-20 is not known", () => {
    const standing = evaluateStanding(full, "2024-08-10");
    expect(standing.findings.map((finding) => finding.code)).toEqual(["DEPARTURE_DECLARATION_DUE"]);
    expect(standing.findings[0]?.until).toBeNull();
  });

  it("the same record later: declared late, grace, then downgraded and cancelled", () => {
    expect(evaluateStanding(full, "2024-08-20").history.map((finding) => finding.code)).toEqual(["DEPARTURE_DECLARATION_DUE", "DEPARTURE_DECLARED_LATE"]);
    expect(evaluateStanding(full, "2024-11-02").status).toBe("cancelled");
  });

  it("is deterministic and leaves its input untouched", () => {
    const copy = structuredClone(full);
    const first = evaluateStanding(full, "2024-12-01");
    expect(evaluateStanding(full, "2024-12-01")).toEqual(first);
    expect(full).toEqual(copy);
  });

  it("property: for any asOf, findings are in force on it, history ended by it, upcoming after it", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2029, 11, 31)), noInvalidDate: true }), (instant) => {
        const asOf = instant.toISOString().slice(0, 10);
        const standing = evaluateStanding(full, asOf);
        for (const finding of standing.findings) expect(finding.effectiveFrom <= asOf && (finding.until === null || finding.until > asOf)).toBe(true);
        for (const finding of standing.history) expect(finding.until !== null && finding.until <= asOf).toBe(true);
        for (const entry of standing.upcoming) expect(entry.date > asOf).toBe(true);
        expect(standing.since === null || standing.since <= asOf).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("record checks: every problem with its path", () => {
  it("lists each problem of a record", () => {
    const bad = {
      partner: { id: "P-0001" },
      certifications: [{ certifiedOn: "2024-02-30" }],
      engineers: [
        { id: "E-1", roles: ["technical-manager", "boss"], joinedOn: "2024-05-01", leftOn: "2024-04-01" },
        { id: "E-1", roles: ["certified-engineer"], joinedOn: "2023-01-01", leftOn: "2024-08-05", declaredOn: "2024-08-04", foundOn: "2024-08-01", certificates: [{ type: "H3CNE", validThrough: "2024-06-30", registeredOn: "2024-07-01" }], pledge: { signedOn: "2024-05-10", proofOn: "2024-05-09" } },
        { id: "E-3", roles: [], joinedOn: "2023-01-01", declaredOn: "2024-08-04" },
      ],
      sanctions: [{ clause: "7.2", foundOn: "2024-11-02" }],
      extra: true,
    };
    expect(issuesOf(() => evaluateStanding(bad, "2024-10-10"))).toEqual(
      expect.arrayContaining([
        { path: ["certifications", 0, "certifiedOn"], code: "NOT_CALENDAR_DATE" },
        { path: ["engineers", 0, "roles", 1], code: "invalid_value" },
        { path: ["sanctions", 0, "clause"], code: "invalid_value" },
        { path: ["extra"], code: "unrecognized_keys" }, // one issue per unknown key, at the key
      ]),
    );
    // the cross-field checks run once the shape is right
    const shaped = { ...bad, certifications: [{ certifiedOn: "2024-05-10" }], sanctions: [], extra: undefined };
    delete (shaped as { extra?: unknown }).extra;
    (shaped.engineers[0] as { roles: string[] }).roles = ["technical-manager"];
    expect(issuesOf(() => evaluateStanding(shaped, "2024-10-10"))).toEqual([
      { path: ["engineers", 0, "leftOn"], code: "LEFT_BEFORE_JOINED" },
      { path: ["engineers", 1, "id"], code: "DUPLICATE_ENGINEER_ID" },
      { path: ["engineers", 1, "declaredOn"], code: "DECLARED_BEFORE_LEFT" },
      { path: ["engineers", 1, "foundOn"], code: "FOUND_BEFORE_LEFT" },
      { path: ["engineers", 1, "certificates", 0, "type"], code: "UNKNOWN_CERTIFICATE_TYPE" },
      { path: ["engineers", 1, "certificates", 0, "registeredOn"], code: "REGISTERED_AFTER_VALID_THROUGH" },
      { path: ["engineers", 1, "pledge", "proofOn"], code: "PROOF_BEFORE_PLEDGE" },
      { path: ["engineers", 2, "declaredOn"], code: "NOT_LEFT" },
    ]);
  });

  it("messages in both languages", () => {
    const error = (() => {
      try {
        evaluateStanding(record([certified("E-2", "2024-06-30", {}, "2024-07-01")]), "2024-10-10");
      } catch (caught) {
        return caught as { issues: { message: { zh: string; en: string } }[] };
      }
      return undefined;
    })();
    expect(error?.issues[0]?.message).toEqual({ zh: "登记日期 registeredOn 2024-07-01 晚于有效期 validThrough 2024-06-30", en: "registeredOn 2024-07-01 is after validThrough 2024-06-30" });
  });

  it("a stored verdict needs the fields the standing reads; extra fields are accepted", () => {
    const verdict = { downgrade: true, blacklist: false, reasons: [{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", effectiveFrom: "2024-08-20" }], effectiveFrom: "2024-08-20", restoresOn: null };
    expect(issuesOf(() => evaluateStanding(record(team(), { assessments: [{ quarter: "2024-Q3", verdict }] }), "2024-10-10"))).toEqual([
      { path: ["assessments", 0, "verdict", "reasons", 0, "date"], code: "invalid_type" },
      { path: ["assessments", 0, "verdict", "reapplyFrom"], code: "invalid_type" },
    ]);
    expect(StandingRecordSchema.safeParse(record(team(), { assessments: [{ quarter: "2024-Q3", verdict: { ...verdict, reapplyFrom: null, reasons: [{ ...verdict.reasons[0], date: "2024-08-20", steps: [] }], message: { zh: "", en: "" } } }] })).success).toBe(true);
  });

  it("a TOTAL_BELOW_THRESHOLD reason carries reapplyFrom", () => {
    const verdict = { downgrade: true, blacklist: false, reasons: [{ code: "TOTAL_BELOW_THRESHOLD", clause: "4.1.b", effectiveFrom: "2024-10-01" }], effectiveFrom: "2024-10-01", restoresOn: null, reapplyFrom: null };
    expect(issuesOf(() => evaluateStanding(record(team(), { assessments: [{ quarter: "2024-Q3", verdict }] }), "2024-10-10"))).toEqual([
      { path: ["assessments", 0, "verdict", "reasons", 0, "reapplyFrom"], code: "invalid_type" },
    ]);
  });

  it.each([["2024-02-30"], ["2024-1-1"], [""], [20241010], [null]])("asOf %j is an error at /asOf", (asOf) => {
    expect(issuesOf(() => evaluateStanding(record(team()), asOf as string))).toEqual([{ path: ["asOf"], code: "NOT_AS_OF_DATE" }]);
  });

  it("a record that is not an object is an error, not a TypeError", () => {
    expect(issuesOf(() => evaluateStanding(null, "2024-10-10"))).toEqual([{ path: [], code: "invalid_type" }]);
  });
});
