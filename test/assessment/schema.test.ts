import { describe, expect, it } from "vitest";

/**
 * An assessment is plain JSON: numbers rounded (R4 in docs/interpretations.md), dates `YYYY-MM-DD`,
 * quarter `YYYY-Qn`, and never NaN, Infinity or a negative item score; an item never scores above its
 * maximum (三.1 分值). AssessmentSchema is the contract other systems check an assessment against, so it
 * must refuse whatever breaks these rules. Imported inside the tests: a schema that breaks at load time
 * then fails a test instead of the file.
 */
const load = () => import("../../src/index.js");

const INPUT = {
  partner: { id: "P-0001", name: "示例科技有限公司" },
  quarter: "2024-Q3",
  majorProjects: [{ id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 }],
  ecr: { simpleCalls: 20, totalCalls: 100 }, // 20 % > 16 % → 0: ITEM_ZERO
  flags: { customerInfoFalsified: true },
  keyEvents: [{ id: "KE-1", kind: "penalty", points: 40, note: "窜货骗保", major: "downgrade", date: "2024-08-15" }],
};

/** An assessment with every kind of reason but the blacklist: ITEM_ZERO, TOTAL_BELOW_THRESHOLD, CUSTOMER_INFO_FALSIFIED, MAJOR_KEY_EVENT. */
async function assessment(): Promise<Record<string, any>> {
  const { assessQuarter } = await load();
  return structuredClone(assessQuarter(INPUT)) as Record<string, any>;
}

async function accepted(value: unknown): Promise<boolean> {
  const { AssessmentSchema } = await load();
  return AssessmentSchema.safeParse(value).success;
}

describe("7 AssessmentSchema, the output contract", () => {
  it("accepts an assessment with every kind of reason (28 + 25 + 10 + 0 + 20 − 40 = 43 < 70), in effect from the major event's own date", async () => {
    const result = await assessment();
    expect(result["total"]).toBe(43);
    expect(result["verdict"].effectiveFrom).toBe("2024-08-15");
    expect(result["verdict"].reasons.map((reason: { code: string }) => reason.code)).toEqual([
      "ITEM_ZERO",
      "TOTAL_BELOW_THRESHOLD",
      "CUSTOMER_INFO_FALSIFIED",
      "MAJOR_KEY_EVENT",
    ]);
    expect(await accepted(result)).toBe(true);
  });

  it.each([
    ["12024-10-01", "five-digit year"],
    ["2024-10-011", "a digit too many at the end"],
    ["2024-10-01T00:00:00Z", "a timestamp"],
  ])("dates are YYYY-MM-DD: a verdict date %j (%s) is refused", async (date) => {
    const result = await assessment();
    result["verdict"].effectiveFrom = date;
    expect(await accepted(result)).toBe(false);
    const reason = await assessment();
    reason["verdict"].reasons[0].restoresOn = date;
    expect(await accepted(reason)).toBe(false);
  });

  it.each([
    ["x2024-Q3", "text before"],
    ["2024-Q3 ", "text after"],
    ["2024-Q5", "no fifth quarter"],
  ])("the quarter is YYYY-Qn: %j (%s) is refused", async (quarter) => {
    const result = await assessment();
    result["quarter"] = quarter;
    expect(await accepted(result)).toBe(false);
  });

  it("三.1 an item never scores above its maximum: majorProjects 30.01 of 30 is refused; 30 of 30 is accepted", async () => {
    const result = await assessment();
    result["items"].majorProjects.score = 30;
    expect(await accepted(result)).toBe(true);
    result["items"].majorProjects.score = 30.01;
    expect(await accepted(result)).toBe(false);
    const { AssessmentSchema } = await load();
    const issues = AssessmentSchema.safeParse(result).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["items.majorProjects", "score above max"]]);
  });

  it("no negative item score: ecr −1 is refused", async () => {
    const result = await assessment();
    result["items"].ecr.score = -1;
    expect(await accepted(result)).toBe(false);
  });

  it.each([
    ["ITEM_ZERO", "item"],
    ["TOTAL_BELOW_THRESHOLD", "reapplyFrom"],
    ["CUSTOMER_INFO_FALSIFIED", "seeAlso"],
    ["MAJOR_KEY_EVENT", "eventId"],
  ])("4.1 / 4.2.2 a %s reason without its %s is refused", async (code, key) => {
    const result = await assessment();
    const reason = result["verdict"].reasons.find((r: { code: string }) => r.code === code);
    delete reason[key];
    expect(await accepted(result)).toBe(false);
  });

  it("4.1 / 4.2.2 a reason with an unknown code is refused", async () => {
    const result = await assessment();
    result["verdict"].reasons[0].code = "SOMETHING_ELSE";
    expect(await accepted(result)).toBe(false);
  });

  it("4.1 the verdict carries its own message in zh and en: a verdict without it, or with an empty en, is refused", async () => {
    const result = await assessment();
    // it names the verdict's dates: in effect from 2024-08-15, a new application from 2025-01-01 (4.1.b, no blacklist)
    for (const text of [result["verdict"].message.en, result["verdict"].message.zh]) expect([text.includes("2024-08-15"), text.includes("2025-01-01")]).toEqual([true, true]);
    const empty = await assessment();
    empty["verdict"].message.en = "";
    expect(await accepted(empty)).toBe(false);
    delete result["verdict"].message;
    expect(await accepted(result)).toBe(false);
  });

  it("warnings: the assessment lists each section left out (SECTION_MISSING); another code, or a warning without its pointer, is refused", async () => {
    const result = await assessment();
    // INPUT gives majorProjects, ecr and keyEvents: satisfaction, repOffice and training are left out
    expect(result["warnings"].map((warning: { pointer: string; code: string }) => [warning.pointer, warning.code])).toEqual([
      ["/satisfaction", "SECTION_MISSING"],
      ["/repOffice", "SECTION_MISSING"],
      ["/training", "SECTION_MISSING"],
    ]);
    expect(await accepted(result)).toBe(true);
    const other = await assessment();
    other["warnings"][0].code = "SOMETHING_ELSE";
    expect(await accepted(other)).toBe(false);
    const unpointed = await assessment();
    delete unpointed["warnings"][0].pointer;
    expect(await accepted(unpointed)).toBe(false);
    delete result["warnings"];
    expect(await accepted(result)).toBe(false);
  });

  it("a step's clause comes from the clause index (src/policy/clauses.ts) only: an unlisted clause is refused", async () => {
    const result = await assessment();
    result["items"].ecr.steps[0].clause = "3.2.9";
    expect(await accepted(result)).toBe(false);
  });
});
