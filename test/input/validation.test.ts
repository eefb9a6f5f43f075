import { describe, expect, it } from "vitest";
import {
  type Assessment,
  AssessmentInputError,
  AssessmentSchema,
  type AssessOptions,
  assessQuarter,
  CLOUD_DESKTOP_2024,
  type Policy,
  PolicyError,
  safeAssessQuarter,
} from "../../src/index.js";

/**
 * SPEC §7 validation, one rule per test: the exact JSON Pointer and code of every issue. Codes are the
 * library's own (COMPLETED_ABOVE_REQUIRED …) or zod's (too_small, invalid_type, unrecognized_keys …).
 * Scores of the accepted edge cases are worked out by hand from the policy.
 */

type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };
type Input = Record<string, unknown> & {
  majorProjects: Record<string, unknown>[];
  satisfaction: Record<string, unknown>[];
  repOffice: Record<string, unknown>;
  ecr: Record<string, unknown>;
  training: { online: Record<string, unknown>; offline: Record<string, unknown> };
  keyEvents: Record<string, unknown>[];
};

/** The SPEC §7 example: 28 + 25 + 9.5 + 15 + (10 + 3) + 2 = 92.5. */
function example(): Input {
  return {
    partner: { id: "P-0001", name: "示例科技有限公司" },
    quarter: "2024-Q3",
    majorProjects: [{ id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 }],
    satisfaction: [{ projectId: "MP-01", outcome: "very_satisfied" }],
    repOffice: { deliveryQualityDeduction: 0, unlicensedWorkCases: 1, vendorAssistPersonDays: 0, simpleIssueTickets: 3, keyEventDeduction: 0 },
    ecr: { simpleCalls: 4, totalCalls: 50 },
    training: { online: { required: 6, completed: 6 }, offline: { required: 3, attended: 2 } },
    keyEvents: [{ id: "KE-1", kind: "bonus", points: 2, note: "客户表扬信" }],
    flags: { customerInfoFalsified: false },
  };
}

/** The example with one change. */
function exampleWith(change: (input: Input) => void): Input {
  const input = example();
  change(input);
  return input;
}

type Found = { pointer: string; code: string };

/** The issues (pointer and code) of the AssessmentInputError that assessing `input` throws. */
function issues(input: unknown, options?: AssessOptions): Found[] {
  const result = safeAssessQuarter(input, options);
  if (result.success) throw new Error(`expected an AssessmentInputError, got a total of ${result.data.total}`);
  expect(result.error).toBeInstanceOf(AssessmentInputError);
  return result.error.issues.map(({ pointer, code }) => ({ pointer, code }));
}

function errorOf(input: unknown, options?: AssessOptions): AssessmentInputError {
  const result = safeAssessQuarter(input, options);
  if (result.success) throw new Error("expected an AssessmentInputError");
  return result.error;
}

/**
 * Every expected issue is listed, and nothing is listed anywhere else (a second code at the same
 * pointer, such as the rule's own NOT_WHOLE_NUMBER next to zod's too_small, is tolerated).
 */
function expectListed(found: Found[], expected: Found[]): void {
  for (const issue of expected) expect(found).toContainEqual(issue);
  expect([...new Set(found.map((issue) => issue.pointer))].sort()).toEqual([...new Set(expected.map((issue) => issue.pointer))].sort());
}

const byPointer = (list: Found[]) => [...list].sort((a, b) => `${a.pointer} ${a.code}`.localeCompare(`${b.pointer} ${b.code}`));

/** Sets `value` at a path of the example, e.g. ["training", "online", "required"]. */
function set(input: Input, path: readonly (string | number)[], value: unknown): void {
  let node = input as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

const pointer = (path: readonly (string | number)[]) => path.map((key) => `/${key}`).join("");

const CJK = /[\u3400-\u9fff]/;

// ---------------------------------------------------------------------------------------------

describe("the SPEC §7 example", () => {
  it("is valid and scores 28 + 25 + 9.5 + 15 + (10 + 3) + 2 = 92.5", () => {
    const a = assessQuarter(example());
    expect([a.items.majorProjects.score, a.items.satisfaction.score, a.items.repOffice.score, a.items.ecr.score, a.items.training.score]).toEqual([28, 25, 9.5, 15, 13]);
    expect(a.keyEventAdjustment).toBe(2);
    expect(a.total).toBe(92.5);
    expect(a.verdict).toEqual({ downgrade: false, blacklist: false, reasons: [], effectiveFrom: "2024-10-01", restoresOn: null, reapplyFrom: null });
  });
});

describe("SPEC §7 validation rules", () => {
  const COUNTS: readonly (readonly (string | number)[])[] = [
    ["majorProjects", 0, "seats"],
    ["repOffice", "unlicensedWorkCases"],
    ["repOffice", "simpleIssueTickets"],
    ["ecr", "simpleCalls"],
    ["ecr", "totalCalls"],
    ["training", "online", "required"],
    ["training", "online", "completed"],
    ["training", "offline", "required"],
    ["training", "offline", "attended"],
  ];

  it.each(COUNTS.map((path) => ({ at: pointer(path), path })))("counts are whole numbers ≥ 0: $at", ({ at, path }) => {
    // −1: below 0 (zod's too_small; the rule's own NOT_WHOLE_NUMBER may come with it, at the same place)
    const negative = issues(exampleWith((input) => set(input, path, -1)));
    expect(negative).toContainEqual({ pointer: at, code: "too_small" });
    expect(negative.every((issue) => issue.pointer === at)).toBe(true);
    // 2.5: not whole
    expectListed(issues(exampleWith((input) => set(input, path, 2.5))), [{ pointer: at, code: "invalid_type" }]);
    // "3": not a number
    expectListed(issues(exampleWith((input) => set(input, path, "3"))), [{ pointer: at, code: "invalid_type" }]);
  });

  it("completed ≤ required (online mandatory courses)", () => {
    expect(issues(exampleWith((i) => (i.training.online = { required: 6, completed: 7 })))).toEqual([
      { pointer: "/training/online/completed", code: "COMPLETED_ABOVE_REQUIRED" },
    ]);
    // 6 of 6 = 100 % → 10; offline 2 of 3 = 66.67 % → 3
    expect(assessQuarter(exampleWith((i) => (i.training.online = { required: 6, completed: 6 }))).items.training.score).toBe(13);
  });

  it("attended ≤ required (offline training)", () => {
    expect(issues(exampleWith((i) => (i.training.offline = { required: 3, attended: 4 })))).toEqual([
      { pointer: "/training/offline/attended", code: "ATTENDED_ABOVE_REQUIRED" },
    ]);
    // 3 of 3 = 100 % → 10, + online 10
    expect(assessQuarter(exampleWith((i) => (i.training.offline = { required: 3, attended: 3 }))).items.training.score).toBe(20);
  });

  it("simple calls ≤ total calls", () => {
    expect(issues(exampleWith((i) => (i.ecr = { simpleCalls: 51, totalCalls: 50 })))).toEqual([{ pointer: "/ecr/simpleCalls", code: "SIMPLE_ABOVE_TOTAL" }]);
    // 50 of 50 = 100 % > 16 % with more than 5 simple calls → 0
    expect(assessQuarter(exampleWith((i) => (i.ecr = { simpleCalls: 50, totalCalls: 50 }))).items.ecr.score).toBe(0);
  });

  describe("rates between 0 and 1, or \"0%\" … \"100%\"", () => {
    it.each([1.2, 1.0000001, -0.1, "101%", "100.5%", "9.5", "-1%", "abc", "", "0.095"])("rate %j → NOT_RATE at /ecr/rate", (rate) => {
      expect(issues(exampleWith((i) => (i.ecr = { rate })))).toEqual([{ pointer: "/ecr/rate", code: "NOT_RATE" }]);
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY, true, null])("rate %s is neither a number nor a string → invalid_union at /ecr/rate", (rate) => {
      expectListed(issues(exampleWith((i) => (i.ecr = { rate }))), [{ pointer: "/ecr/rate", code: "invalid_union" }]);
    });

    it.each([
      [{ rate: 0 }, 15, "0 % ≤ 8 %"],
      [{ rate: "0%" }, 15, "0 % ≤ 8 %"],
      [{ rate: "8%" }, 15, "exactly 8 %, ECR≤8%"],
      [{ rate: 0.08 }, 15, "exactly 8 %, ECR≤8%"],
      [{ rate: "8.01%" }, 12, "8 % < 8.01 % ≤ 10 %"],
      [{ rate: "9.5%" }, 12, "8 % < 9.5 % ≤ 10 %"],
      [{ rate: 0.16 }, 3, "exactly 16 %, 14 % < ECR ≤ 16 %"],
      [{ rate: "16.01%" }, 0, "16 % < ECR"],
      [{ rate: 1 }, 0, "100 %"],
      [{ rate: "100%" }, 0, "100 %"],
      [{ rate: "100%", simpleCalls: 5 }, 15, "at most 5 simple calls"],
      [{ rate: "100%", simpleCalls: 6 }, 0, "6 simple calls, 100 %"],
    ])("accepted: %j → %i (%s)", (ecr, score, _why) => {
      expect(assessQuarter(exampleWith((i) => (i.ecr = ecr))).items.ecr.score).toBe(score);
    });
  });

  describe("deductions and person-days are finite and ≥ 0", () => {
    const AMOUNTS = ["deliveryQualityDeduction", "vendorAssistPersonDays", "keyEventDeduction"] as const;

    it.each(AMOUNTS)("repOffice.%s: −0.5 → too_small; NaN, ±Infinity, \"1\" → invalid_type", (key) => {
      const at = `/repOffice/${key}`;
      const negative = issues(exampleWith((i) => (i.repOffice[key] = -0.5)));
      expect(negative).toContainEqual({ pointer: at, code: "too_small" });
      expect(negative.every((issue) => issue.pointer === at)).toBe(true);
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1"]) {
        expectListed(issues(exampleWith((i) => (i.repOffice[key] = bad))), [{ pointer: at, code: "invalid_type" }]);
      }
    });

    it("half person-days and fractional deductions are accepted: 10 − 0.25 − 1 × 0.5 − 1.5 × 0.5 − 0.5 = 8", () => {
      const input = exampleWith((i) => (i.repOffice = { ...i.repOffice, deliveryQualityDeduction: 0.25, vendorAssistPersonDays: 1.5, keyEventDeduction: 0.5 }));
      expect(assessQuarter(input).items.repOffice.score).toBe(8);
    });
  });

  describe("rating is 0 … 30, and required when the report was on time", () => {
    it("30.5 → RATING_ABOVE_MAX; −1 → too_small; \"28\" → invalid_type", () => {
      expect(issues(exampleWith((i) => (i.majorProjects[0]!.rating = 30.5)))).toEqual([{ pointer: "/majorProjects/0/rating", code: "RATING_ABOVE_MAX" }]);
      const negative = issues(exampleWith((i) => (i.majorProjects[0]!.rating = -1)));
      expect(negative).toContainEqual({ pointer: "/majorProjects/0/rating", code: "too_small" });
      expect(negative.every((issue) => issue.pointer === "/majorProjects/0/rating")).toBe(true);
      expectListed(issues(exampleWith((i) => (i.majorProjects[0]!.rating = "28"))), [{ pointer: "/majorProjects/0/rating", code: "invalid_type" }]);
    });

    it("0 and 30 are accepted: the item is the rating", () => {
      expect(assessQuarter(exampleWith((i) => (i.majorProjects[0]!.rating = 0))).items.majorProjects.score).toBe(0);
      expect(assessQuarter(exampleWith((i) => (i.majorProjects[0]!.rating = 30))).items.majorProjects.score).toBe(30);
    });

    it("on time without a rating → RATING_REQUIRED, also on the deadline day (R5)", () => {
      expect(issues(exampleWith((i) => delete i.majorProjects[0]!.rating))).toEqual([{ pointer: "/majorProjects/0/rating", code: "RATING_REQUIRED" }]);
      const deadlineDay = exampleWith((i) => {
        delete i.majorProjects[0]!.rating;
        i.majorProjects[0]!.submittedOn = "2024-09-20";
      });
      expect(issues(deadlineDay)).toEqual([{ pointer: "/majorProjects/0/rating", code: "RATING_REQUIRED" }]);
    });

    it("a rating for a late report is accepted and ignored: 0, and the steps say so", () => {
      const a = assessQuarter(exampleWith((i) => (i.majorProjects[0]!.submittedOn = "2024-09-21")));
      expect(a.items.majorProjects.score).toBe(0);
      const late = a.items.majorProjects.steps.find((step) => step.rule === "major-projects.late");
      expect(late?.figures).toMatchObject({ rating: 28, score: 0 });
      expect(late?.message.en).toContain("ignored");
      expect(late?.message.zh).toContain("不计");
    });

    it("a rating for a missing report (submittedOn null) is accepted and ignored: 0", () => {
      const a = assessQuarter(exampleWith((i) => (i.majorProjects[0]!.submittedOn = null)));
      expect(a.items.majorProjects.score).toBe(0);
      expect(a.items.majorProjects.steps.find((step) => step.rule === "major-projects.missing")?.figures).toMatchObject({ rating: 28, score: 0 });
    });

    it("a late report without a rating is accepted: 0", () => {
      const a = assessQuarter(
        exampleWith((i) => {
          delete i.majorProjects[0]!.rating;
          i.majorProjects[0]!.submittedOn = "2024-10-08";
        }),
      );
      expect(a.items.majorProjects.score).toBe(0);
    });
  });

  describe("dates are real calendar dates YYYY-MM-DD", () => {
    it.each([
      [["majorProjects", 0, "deadline"], "2024-02-30"],
      [["majorProjects", 0, "deadline"], "2023-02-29"],
      [["majorProjects", 0, "deadline"], "2100-02-29"],
      [["majorProjects", 0, "submittedOn"], "2024-04-31"],
      [["majorProjects", 0, "submittedOn"], "2024-13-01"],
      [["majorProjects", 0, "submittedOn"], "2024-09-00"],
      [["majorProjects", 0, "deadline"], "2024-9-20"],
      [["majorProjects", 0, "deadline"], "2024/09/20"],
      [["majorProjects", 0, "deadline"], "2024-09-20T00:00:00Z"],
      [["majorProjects", 0, "deadline"], "20240920"],
      [["keyEvents", 0, "date"], "2024-02-30"],
    ] as const)("%j = %s → NOT_CALENDAR_DATE", (path, date) => {
      expect(issues(exampleWith((i) => set(i, path, date)))).toEqual([{ pointer: pointer(path), code: "NOT_CALENDAR_DATE" }]);
    });

    it("2024-02-29 is accepted (2024 is a leap year), and 2000-02-29 too (divisible by 400)", () => {
      const leap = exampleWith((i) => {
        i.majorProjects[0]!.deadline = "2024-02-29";
        i.majorProjects[0]!.submittedOn = "2024-02-29";
        i.keyEvents[0]!.date = "2000-02-29";
      });
      // submitted on the deadline day → on time (R5) → the rating 28
      expect(assessQuarter(leap).items.majorProjects.score).toBe(28);
    });
  });

  it("a satisfaction project ID appears at most once → DUPLICATE_SURVEY at the second one", () => {
    const input = exampleWith((i) => {
      i.satisfaction = [
        { projectId: "MP-01", outcome: "very_satisfied" },
        { projectId: "MP-02", outcome: "satisfied" },
        { projectId: "MP-01", outcome: "满意" },
      ];
    });
    expect(issues(input)).toEqual([{ pointer: "/satisfaction/2/projectId", code: "DUPLICATE_SURVEY" }]);
    expect(errorOf(input).issues[0]?.message.en).toContain("MP-01");
  });

  it("key-event points are ≥ 0", () => {
    const negative = issues(exampleWith((i) => (i.keyEvents[0]!.points = -1)));
    expect(negative).toContainEqual({ pointer: "/keyEvents/0/points", code: "too_small" });
    expect(negative.every((issue) => issue.pointer === "/keyEvents/0/points")).toBe(true);
    expectListed(issues(exampleWith((i) => (i.keyEvents[0]!.points = Number.POSITIVE_INFINITY))), [{ pointer: "/keyEvents/0/points", code: "invalid_type" }]);
    // 0 points: accepted, adjustment 0, total 90.5
    expect(assessQuarter(exampleWith((i) => (i.keyEvents[0]!.points = 0))).total).toBe(90.5);
  });

  it("a major key event needs its date → MAJOR_EVENT_NEEDS_DATE at its date", () => {
    const event = { id: "KE-2", kind: "penalty", points: 5, note: "窜货骗保", major: "downgrade" };
    expect(issues(exampleWith((i) => i.keyEvents.push(event)))).toEqual([{ pointer: "/keyEvents/1/date", code: "MAJOR_EVENT_NEEDS_DATE" }]);
    const dated = assessQuarter(exampleWith((i) => i.keyEvents.push({ ...event, date: "2024-08-14" })));
    // 92.5 − 5 = 87.5, downgraded from the event's date
    expect(dated.total).toBe(87.5);
    expect(dated.verdict.reasons).toMatchObject([{ code: "MAJOR_KEY_EVENT", eventId: "KE-2", severity: "downgrade", date: "2024-08-14", effectiveFrom: "2024-08-14" }]);
  });

  describe("unknown keys are rejected (a typo must not score silently)", () => {
    it("\"majorProject\" at the root → unrecognized_keys at the root, naming the key", () => {
      const input = exampleWith((i) => {
        i.majorProject = i.majorProjects;
        delete (i as Partial<Input>).majorProjects;
      });
      expect(issues(input)).toEqual([{ pointer: "", code: "unrecognized_keys" }]);
      const message = errorOf(input).issues[0]!.message;
      expect(message.en).toContain("majorProject");
      expect(message.zh).toContain("majorProject");
    });

    it("an extra key inside repOffice → unrecognized_keys at /repOffice", () => {
      const input = exampleWith((i) => (i.repOffice.simpleTickets = 3));
      expect(issues(input)).toEqual([{ pointer: "/repOffice", code: "unrecognized_keys" }]);
      expect(errorOf(input).issues[0]!.message.en).toContain("simpleTickets");
    });

    it("an extra key inside a major project, a key event, partner and flags", () => {
      const input = exampleWith((i) => {
        i.majorProjects[0]!.rate = 28;
        i.keyEvents[0]!.severity = "downgrade";
        i.partner = { id: "P-0001", nmae: "示例" };
        i.flags = { customerInfoFalsfied: true };
      });
      expect(byPointer(issues(input))).toEqual(
        byPointer([
          { pointer: "/majorProjects/0", code: "unrecognized_keys" },
          { pointer: "/keyEvents/0", code: "unrecognized_keys" },
          { pointer: "/partner", code: "unrecognized_keys" },
          { pointer: "/flags", code: "unrecognized_keys" },
        ]),
      );
    });
  });

  it("ecr with both counts and a rate → RATE_OR_COUNTS at /ecr; so is an ECR with neither", () => {
    expect(issues(exampleWith((i) => (i.ecr = { simpleCalls: 4, totalCalls: 50, rate: "8%" })))).toEqual([{ pointer: "/ecr", code: "RATE_OR_COUNTS" }]);
    expect(issues(exampleWith((i) => (i.ecr = { totalCalls: 50, rate: 0.08 })))).toEqual([{ pointer: "/ecr", code: "RATE_OR_COUNTS" }]);
    expect(issues(exampleWith((i) => (i.ecr = {})))).toEqual([{ pointer: "/ecr", code: "RATE_OR_COUNTS" }]);
    expect(issues(exampleWith((i) => (i.ecr = { simpleCalls: 4 })))).toEqual([{ pointer: "/ecr", code: "RATE_OR_COUNTS" }]);
  });

  describe("quarters", () => {
    it("2024-Q1 is before the policy (in force from 2024-04-01) → NO_POLICY at /quarter", () => {
      expect(issues(exampleWith((i) => (i.quarter = "2024-Q1")))).toEqual([{ pointer: "/quarter", code: "NO_POLICY" }]);
      expect(issues(exampleWith((i) => (i.quarter = "2023-Q4")))).toEqual([{ pointer: "/quarter", code: "NO_POLICY" }]);
    });

    it("2024-Q2 is the first quarter assessed: the verdict takes effect 2024-07-01", () => {
      const a = assessQuarter(
        exampleWith((i) => {
          i.quarter = "2024-Q2";
          i.majorProjects[0]!.deadline = "2024-06-20";
          i.majorProjects[0]!.submittedOn = "2024-06-18";
        }),
      );
      expect(a.total).toBe(92.5);
      expect(a.verdict.effectiveFrom).toBe("2024-07-01");
    });

    it.each(["2024-Q5", "2024-Q0", "2024Q3", "2024-q3", "24-Q3", " 2024-Q3", ""])("%j → NOT_QUARTER at /quarter", (quarter) => {
      expect(issues(exampleWith((i) => (i.quarter = quarter)))).toEqual([{ pointer: "/quarter", code: "NOT_QUARTER" }]);
    });

    it("a missing partner → invalid_type at /partner", () => {
      expectListed(issues(exampleWith((i) => delete i.partner)), [{ pointer: "/partner", code: "invalid_type" }]);
    });
  });
});

describe("several problems in one input are all listed at once", () => {
  /** Ten problems, each in its own place. */
  const tenProblems = () =>
    exampleWith((i) => {
      i.quarter = "2024-Q1";
      i.repOffice.simpleTickets = 3;
      i.majorProjects = [
        { id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-02-30", submittedOn: "2024-02-28", rating: 28 },
        { id: "MP-02", product: "WorkSpace", seats: 320, deadline: "2024-03-20", submittedOn: "2024-03-20" },
        { id: "MP-03", product: "LearningSpace", seats: 240, deadline: "2024-03-20", submittedOn: "2024-03-01", rating: 31 },
      ];
      i.satisfaction = [
        { projectId: "MP-01", outcome: "satisfied" },
        { projectId: "MP-01", outcome: "very_satisfied" },
      ];
      i.ecr = { simpleCalls: 9, totalCalls: 8 };
      i.training = { online: { required: 2, completed: 3 }, offline: { required: 1, attended: 2 } };
      i.keyEvents = [{ id: "KE-1", kind: "penalty", points: 3, note: "工程师挂靠", major: "blacklist" }];
    });

  const TEN: Found[] = [
    { pointer: "/quarter", code: "NO_POLICY" },
    { pointer: "/repOffice", code: "unrecognized_keys" },
    { pointer: "/majorProjects/0/deadline", code: "NOT_CALENDAR_DATE" },
    { pointer: "/majorProjects/1/rating", code: "RATING_REQUIRED" },
    { pointer: "/majorProjects/2/rating", code: "RATING_ABOVE_MAX" },
    { pointer: "/satisfaction/1/projectId", code: "DUPLICATE_SURVEY" },
    { pointer: "/ecr/simpleCalls", code: "SIMPLE_ABOVE_TOTAL" },
    { pointer: "/training/online/completed", code: "COMPLETED_ABOVE_REQUIRED" },
    { pointer: "/training/offline/attended", code: "ATTENDED_ABOVE_REQUIRED" },
    { pointer: "/keyEvents/0/date", code: "MAJOR_EVENT_NEEDS_DATE" },
  ];

  it("ten problems → ten issues, each with its pointer and code", () => {
    expect(byPointer(issues(tenProblems()))).toEqual(byPointer(TEN));
  });

  it("the error's message names every pointer (\"/\" for the root)", () => {
    const error = errorOf(tenProblems());
    expect(error.issues).toHaveLength(10);
    for (const issue of error.issues) expect(error.message).toContain(`- ${issue.pointer}: `);
    const root = errorOf(exampleWith((i) => (i.extra = 1)));
    expect(root.message).toContain("- /: ");
  });

  it("several shape problems at once (wrong types, missing keys, bad enum values) are all listed", () => {
    const input = exampleWith((i) => {
      i.partner = { name: "示例" };
      i.majorProjects[0]!.seats = "320";
      i.satisfaction[0]!.outcome = "great";
      i.keyEvents[0]!.kind = "bonusx";
      i.flags = { customerInfoFalsified: "no" };
    });
    expectListed(issues(input), [
      { pointer: "/partner/id", code: "invalid_type" },
      { pointer: "/majorProjects/0/seats", code: "invalid_type" },
      { pointer: "/satisfaction/0/outcome", code: "invalid_value" },
      { pointer: "/keyEvents/0/kind", code: "invalid_value" },
      { pointer: "/flags/customerInfoFalsified", code: "invalid_type" },
    ]);
  });

  it("a wrong type or a missing partner in one section does not hide the cross-field problems of the others", () => {
    const input = exampleWith((i) => {
      delete i.partner;
      i.repOffice.unlicensedWorkCases = 1.5;
      i.training.online = { required: 2, completed: 3 };
      i.satisfaction = [
        { projectId: "MP-01", outcome: "satisfied" },
        { projectId: "MP-01", outcome: "very_satisfied" },
      ];
    });
    expectListed(issues(input), [
      { pointer: "/partner", code: "invalid_type" },
      { pointer: "/repOffice/unlicensedWorkCases", code: "invalid_type" },
      { pointer: "/training/online/completed", code: "COMPLETED_ABOVE_REQUIRED" },
      { pointer: "/satisfaction/1/projectId", code: "DUPLICATE_SURVEY" },
    ]);
  });

  // SPEC §7 "each problem reported, with its path": zod skips the root refinement after a shape
  // problem, so the cross-field checks run on each well-formed element or part of the section.
  describe("a shape problem and a cross-field problem in the same section: both are listed", () => {
    it("training: online.required 2.5 and offline 3 attended of 2", () => {
      const input = exampleWith((i) => (i.training = { online: { required: 2.5, completed: 1 }, offline: { required: 2, attended: 3 } }));
      expectListed(issues(input), [
        { pointer: "/training/online/required", code: "invalid_type" },
        { pointer: "/training/offline/attended", code: "ATTENDED_ABOVE_REQUIRED" },
      ]);
    });

    it("majorProjects: seats \"300\" in one project, rating 31 in another", () => {
      const input = exampleWith((i) => {
        i.majorProjects[0]!.seats = "300";
        i.majorProjects.push({ id: "MP-02", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-01", rating: 31 });
      });
      expectListed(issues(input), [
        { pointer: "/majorProjects/0/seats", code: "invalid_type" },
        { pointer: "/majorProjects/1/rating", code: "RATING_ABOVE_MAX" },
      ]);
    });

    it("satisfaction: an unknown outcome and a project surveyed twice", () => {
      const input = exampleWith((i) => {
        i.satisfaction = [
          { projectId: "MP-01", outcome: "great" },
          { projectId: "MP-02", outcome: "满意" },
          { projectId: "MP-02", outcome: "满意" },
        ];
      });
      expectListed(issues(input), [
        { pointer: "/satisfaction/0/outcome", code: "invalid_value" },
        { pointer: "/satisfaction/2/projectId", code: "DUPLICATE_SURVEY" },
      ]);
    });
  });
});

describe("messages: zh in Chinese, en in English", () => {
  const shapeProblems = () =>
    exampleWith((i) => {
      i.partner = { id: 5, name: "" };
      i.majorProjects[0]!.seats = 2.5;
      i.majorProjects[0]!.deadline = "2024-02-30";
      i.repOffice.deliveryQualityDeduction = Number.NaN;
      i.repOffice.vendorAssistPersonDays = Number.POSITIVE_INFINITY;
      i.keyEvents[0]!.points = -1;
      i.keyEvents[0]!.kind = "bonusx";
      i.keyEvents[0]!.note = "x".repeat(2001);
      i.extra = true;
    });

  it.each([
    ["cross-field problems (the library's own messages)", () => exampleWith((i) => (i.training.online = { required: 2, completed: 3 }))],
    ["NO_POLICY, SIMPLE_ABOVE_TOTAL, MAJOR_EVENT_NEEDS_DATE", () => exampleWith((i) => ((i.quarter = "2024-Q1"), (i.ecr = { simpleCalls: 9, totalCalls: 8 }), (i.keyEvents[0]!.major = "downgrade")))],
    ["shape problems (zod's messages in its zh-CN and en locales)", shapeProblems],
  ])("%s", (_name, build) => {
    const error = errorOf(build());
    expect(error.issues.length).toBeGreaterThan(0);
    for (const { message, pointer } of error.issues) {
      expect(message.zh, `zh at ${pointer}`).toMatch(CJK);
      expect(message.en, `en at ${pointer}`).toMatch(/[A-Za-z]{3,}/);
      expect(message.en, `en at ${pointer}`).not.toMatch(CJK);
    }
  });

  it("the shape problems are each listed", () => {
    expectListed(issues(shapeProblems()), [
      { pointer: "", code: "unrecognized_keys" },
      { pointer: "/partner/id", code: "invalid_type" },
      { pointer: "/partner/name", code: "too_small" },
      { pointer: "/majorProjects/0/seats", code: "invalid_type" },
      { pointer: "/majorProjects/0/deadline", code: "NOT_CALENDAR_DATE" },
      { pointer: "/repOffice/deliveryQualityDeduction", code: "invalid_type" },
      { pointer: "/repOffice/vendorAssistPersonDays", code: "invalid_type" },
      { pointer: "/keyEvents/0/points", code: "too_small" },
      { pointer: "/keyEvents/0/kind", code: "invalid_value" },
      { pointer: "/keyEvents/0/note", code: "too_big" },
    ]);
  });
});

describe("options.policy", () => {
  const writable = (): Writable<Policy> => structuredClone(CLOUD_DESKTOP_2024) as Writable<Policy>;

  it("ECR bands with a gap (8 % … 9 % in no band) → PolicyError at /ecr/bands/bands/1/from", () => {
    const policy = writable();
    policy.ecr.bands.bands[1]!.from.at = "0.09";
    expect(() => assessQuarter(example(), { policy })).toThrow(PolicyError);
    try {
      assessQuarter(example(), { policy });
    } catch (error) {
      expect(error).not.toBeInstanceOf(AssessmentInputError);
      const { issues: found, message } = error as PolicyError;
      expect(found.map((issue) => issue.path)).toEqual([["ecr", "bands", "bands", 1, "from"]]);
      expect(message).toContain("/ecr/bands/bands/1/from");
    }
  });

  it("ECR bands with an overlap (8 % in two bands) → PolicyError at /ecr/bands/bands/1/from", () => {
    const policy = writable();
    policy.ecr.bands.bands[1]!.from.inclusive = true;
    let thrown: unknown;
    try {
      assessQuarter(example(), { policy });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyError);
    expect((thrown as PolicyError).issues.map((issue) => issue.path)).toEqual([["ecr", "bands", "bands", 1, "from"]]);
    expect((thrown as PolicyError).message).toContain("/ecr/bands/bands/1/from");
  });

  it("an edge in neither band (8 % excluded on both sides) and an overlap of ranges are both listed", () => {
    const policy = writable();
    policy.ecr.bands.bands[0]!.to!.inclusive = false; // ≤ 8 % becomes < 8 %, 8 % itself in no band
    policy.training.offline.bands.bands[2]!.from.at = "0.7"; // 70 % … 80 % in two bands
    let thrown: unknown;
    try {
      assessQuarter(example(), { policy });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyError);
    const paths = (thrown as PolicyError).issues.map((issue) => `/${issue.path.join("/")}`).sort();
    expect(paths).toEqual(["/ecr/bands/bands/1/from", "/training/offline/bands/bands/2/from"]);
    for (const path of paths) expect((thrown as PolicyError).message).toContain(path);
  });

  it("safeAssessQuarter does not turn an invalid policy into { success: false }: it throws PolicyError", () => {
    const policy = writable();
    policy.ecr.bands.bands[1]!.from.at = "0.09";
    expect(() => safeAssessQuarter(example(), { policy })).toThrow(PolicyError);
  });

  it("a custom policy in force from 2024-01-01 makes 2024-Q1 assessable", () => {
    const policy = writable();
    policy.id = "cloud-desktop-2024-from-january";
    policy.effectiveFrom.value = "2024-01-01";
    const input = exampleWith((i) => {
      i.quarter = "2024-Q1";
      i.majorProjects[0]!.deadline = "2024-03-20";
      i.majorProjects[0]!.submittedOn = "2024-03-18";
    });
    expect(issues(input)).toEqual([{ pointer: "/quarter", code: "NO_POLICY" }]);
    const a: Assessment = assessQuarter(input, { policy });
    expect(a.policy).toBe("cloud-desktop-2024-from-january");
    expect(a.total).toBe(92.5);
    expect(a.verdict).toEqual({ downgrade: false, blacklist: false, reasons: [], effectiveFrom: "2024-04-01", restoresOn: null, reapplyFrom: null });
  });

  it("a custom policy that is not yet in force for the quarter → NO_POLICY at /quarter", () => {
    const policy = writable();
    policy.effectiveFrom.value = "2025-01-01";
    expect(issues(example(), { policy })).toEqual([{ pointer: "/quarter", code: "NO_POLICY" }]);
  });
});

describe("edges found in review", () => {
  it("a quarter's year is 1000 … 9998, so every verdict date stays YYYY-MM-DD (9999-Q3 → Q+2 would be 10000-01-01)", () => {
    expectListed(issues(exampleWith((i) => (i.quarter = "9999-Q3"))), [{ pointer: "/quarter", code: "NOT_QUARTER" }]);
    const last = assessQuarter(exampleWith((i) => (i.quarter = "9998-Q4")));
    expect([last.verdict.effectiveFrom, AssessmentSchema.safeParse(last).success]).toEqual(["9999-01-01", true]);
  });

  it("Infinity gets a message that names it in both languages (zod's zh text would say 期望 数字,实际接收 数字)", () => {
    const result = safeAssessQuarter(exampleWith((i) => (i.repOffice.deliveryQualityDeduction = Number.POSITIVE_INFINITY)));
    const issue = result.success ? undefined : result.error.issues.find((candidate) => candidate.pointer === "/repOffice/deliveryQualityDeduction");
    expect(issue?.message).toEqual({ zh: "应为有限的数字,收到 Infinity", en: "expected a finite number, received Infinity" });
  });

  it("a negative count is one problem, not two (zod's and the rule's own check say the same)", () => {
    const found = issues(exampleWith((i) => (i.repOffice.unlicensedWorkCases = -1)));
    expect(found.filter((issue) => issue.pointer === "/repOffice/unlicensedWorkCases").map((issue) => issue.code)).toEqual(["too_small"]);
  });
});
