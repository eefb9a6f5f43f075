import { describe, expect, it } from "vitest";
import {
  type Assessment,
  AssessmentInputError,
  AssessmentSchema,
  type AssessOptions,
  assessQuarter,
  buildVerdict,
  CLOUD_DESKTOP_2024,
  type Policy,
  PolicyError,
  safeAssessQuarter,
  scoreEcr,
  scoreMajorProjects,
  scoreRepOffice,
  sumKeyEvents,
} from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { example, type ExampleInput, exampleWith } from "../support/quarters.js";

/**
 * Input validation (docs/input.md), one rule per test: the exact JSON Pointer and code of every issue. Codes
 * are the library's own (COMPLETED_ABOVE_REQUIRED, NOT_WHOLE_NUMBER …) or, for a wrong type, an unknown key
 * or a value outside a list, zod's kind (invalid_type, unrecognized_keys, invalid_value). Scores of the
 * accepted edge cases are worked out by hand from the policy.
 */

type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };
type Input = ExampleInput;

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

/** Every expected issue is listed, and nothing is listed anywhere else. */
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

describe("the example quarter", () => {
  it("is valid and scores 28 + 25 + 9.5 + 15 + (10 + 3) + 2 = 92.5", () => {
    const a = assessQuarter(example());
    expect([a.items.majorProjects.score, a.items.satisfaction.score, a.items.repOffice.score, a.items.ecr.score, a.items.training.score]).toEqual([28, 25, 9.5, 15, 13]);
    expect(a.keyEventAdjustment).toBe(2);
    expect(a.total).toBe(92.5);
    expect(a.verdict).toEqual({
      downgrade: false,
      blacklist: false,
      reasons: [],
      effectiveFrom: "2024-10-01",
      restoresOn: null,
      reapplyFrom: null,
      message: { zh: "保持星级:各考核项均不为 0,总分 92.5 不低于 70 分", en: "Star kept: no item scored 0, and the total 92.5 is not below 70" },
    });
    // every section is there, both training parts too: nothing to warn of
    expect(a.warnings).toEqual([]);
  });
});

describe("input validation rules", () => {
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
    // −1 (below 0), 2.5 (not whole) and 1,000,000,001 (above the largest accepted): one problem each
    for (const bad of [-1, 2.5, 1_000_000_001]) expect(issues(exampleWith((input) => set(input, path, bad)))).toEqual([{ pointer: at, code: "NOT_WHOLE_NUMBER" }]);
    // "3", NaN: not a number at all
    for (const bad of ["3", Number.NaN]) expect(issues(exampleWith((input) => set(input, path, bad)))).toEqual([{ pointer: at, code: "invalid_type" }]);
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

    it.each([Number.NaN, Number.POSITIVE_INFINITY, true, null, {}])("rate %s is no rate at all → NOT_RATE at /ecr/rate", (rate) => {
      expect(issues(exampleWith((i) => (i.ecr = { rate })))).toEqual([{ pointer: "/ecr/rate", code: "NOT_RATE" }]);
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

    it.each(AMOUNTS)("repOffice.%s: −0.5, 1,000,000,000.5 → NOT_AMOUNT; NaN, ±Infinity, \"1\" → invalid_type", (key) => {
      const at = `/repOffice/${key}`;
      for (const bad of [-0.5, 1_000_000_000.5]) expect(issues(exampleWith((i) => (i.repOffice[key] = bad)))).toEqual([{ pointer: at, code: "NOT_AMOUNT" }]);
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1"]) {
        expect(issues(exampleWith((i) => (i.repOffice[key] = bad)))).toEqual([{ pointer: at, code: "invalid_type" }]);
      }
    });

    it("half person-days and fractional deductions are accepted: 10 − 0.25 − 1 × 0.5 − 1.5 × 0.5 − 0.5 = 8", () => {
      const input = exampleWith((i) => (i.repOffice = { ...i.repOffice, deliveryQualityDeduction: 0.25, vendorAssistPersonDays: 1.5, keyEventDeduction: 0.5 }));
      expect(assessQuarter(input).items.repOffice.score).toBe(8);
    });
  });

  describe("rating is 0 … 30, and required when the report was on time", () => {
    it("30.5 → RATING_ABOVE_MAX; −1 → NOT_AMOUNT; \"28\" → invalid_type", () => {
      expect(issues(exampleWith((i) => (i.majorProjects[0]!.rating = 30.5)))).toEqual([{ pointer: "/majorProjects/0/rating", code: "RATING_ABOVE_MAX" }]);
      expect(issues(exampleWith((i) => (i.majorProjects[0]!.rating = -1)))).toEqual([{ pointer: "/majorProjects/0/rating", code: "NOT_AMOUNT" }]);
      expect(issues(exampleWith((i) => (i.majorProjects[0]!.rating = "28")))).toEqual([{ pointer: "/majorProjects/0/rating", code: "invalid_type" }]);
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
        i.majorProjects[0]!.submittedOn = "2000-02-29";
      });
      // submitted before the deadline → on time → the rating 28
      expect(assessQuarter(leap).items.majorProjects.score).toBe(28);
      const leapDay = exampleWith((i) => {
        i.majorProjects[0]!.deadline = "2024-02-29";
        i.majorProjects[0]!.submittedOn = "2024-02-29";
      });
      // submitted on the deadline day → on time (R5) → the rating 28
      expect(assessQuarter(leapDay).items.majorProjects.score).toBe(28);
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
    expect(issues(exampleWith((i) => (i.keyEvents[0]!.points = -1)))).toEqual([{ pointer: "/keyEvents/0/points", code: "NOT_AMOUNT" }]);
    expect(issues(exampleWith((i) => (i.keyEvents[0]!.points = Number.POSITIVE_INFINITY)))).toEqual([{ pointer: "/keyEvents/0/points", code: "invalid_type" }]);
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
    it("\"majorProject\" at the root → unrecognized_keys at /majorProject, suggesting majorProjects", () => {
      const input = exampleWith((i) => {
        i["majorProject"] = i.majorProjects;
        delete (i as Partial<Input>).majorProjects;
      });
      expect(issues(input)).toEqual([{ pointer: "/majorProject", code: "unrecognized_keys" }]);
      expect(errorOf(input).issues[0]!.message).toEqual({
        zh: "未知的字段“majorProject”;是否应为“majorProjects”?",
        en: 'unknown field "majorProject"; did you mean "majorProjects"?',
      });
    });

    it("misspelled keys get the nearest known key: totalcalls → totalCalls, atended → attended, ratting → rating, outcom → outcome", () => {
      const input = exampleWith((i) => {
        i.ecr = { simpleCalls: 4, totalcalls: 50 };
        i.training.offline = { required: 3, atended: 2 };
        i.majorProjects[0] = { id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20", submittedOn: null, ratting: 28 };
        i.satisfaction[0] = { projectId: "MP-01", outcom: "满意" };
      });
      const error = errorOf(input);
      const suggested = error.issues.filter((issue) => issue.code === "unrecognized_keys").map((issue) => [issue.pointer, /did you mean "(\w+)"/.exec(issue.message.en)?.[1]]);
      expect(suggested.sort()).toEqual(
        [
          ["/ecr/totalcalls", "totalCalls"],
          ["/training/offline/atended", "attended"],
          ["/majorProjects/0/ratting", "rating"],
          ["/satisfaction/0/outcom", "outcome"],
        ].sort(),
      );
    });

    it("an extra key inside repOffice → unrecognized_keys at /repOffice/simpleTickets, listing the known keys (none is near enough)", () => {
      const input = exampleWith((i) => (i.repOffice["simpleTickets"] = 3));
      expect(issues(input)).toEqual([{ pointer: "/repOffice/simpleTickets", code: "unrecognized_keys" }]);
      expect(errorOf(input).issues[0]!.message.en).toBe(
        'unknown field "simpleTickets"; known fields: deliveryQualityDeduction, unlicensedWorkCases, vendorAssistPersonDays, simpleIssueTickets, keyEventDeduction',
      );
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
          { pointer: "/majorProjects/0/rate", code: "unrecognized_keys" },
          { pointer: "/keyEvents/0/severity", code: "unrecognized_keys" },
          { pointer: "/partner/nmae", code: "unrecognized_keys" },
          { pointer: "/flags/customerInfoFalsfied", code: "unrecognized_keys" },
        ]),
      );
    });
  });

  it("ecr with all calls and a rate → RATE_OR_COUNTS at /ecr (a rate with the simple-call count is accepted)", () => {
    expect(issues(exampleWith((i) => (i.ecr = { simpleCalls: 4, totalCalls: 50, rate: "8%" })))).toEqual([{ pointer: "/ecr", code: "RATE_OR_COUNTS" }]);
    expect(issues(exampleWith((i) => (i.ecr = { totalCalls: 50, rate: 0.08 })))).toEqual([{ pointer: "/ecr", code: "RATE_OR_COUNTS" }]);
    // 8 % ≤ 8 % → 15; 7 simple calls (more than 5) do not change it
    expect(assessQuarter(exampleWith((i) => (i.ecr = { simpleCalls: 7, rate: 0.08 }))).items.ecr.score).toBe(15);
  });

  it("a missing ECR figure is named as missing (ECR_FIELD_MISSING), where it is missing", () => {
    expect(issues(exampleWith((i) => (i.ecr = { simpleCalls: 4 })))).toEqual([{ pointer: "/ecr/totalCalls", code: "ECR_FIELD_MISSING" }]);
    expect(issues(exampleWith((i) => (i.ecr = { totalCalls: 50 })))).toEqual([{ pointer: "/ecr/simpleCalls", code: "ECR_FIELD_MISSING" }]);
    expect(issues(exampleWith((i) => (i.ecr = {})))).toEqual([{ pointer: "/ecr", code: "ECR_FIELD_MISSING" }]);
    const message = errorOf(exampleWith((i) => (i.ecr = { simpleCalls: 4 }))).issues[0]!.message;
    expect(message.en).toContain("totalCalls is missing");
    expect(message.en).not.toContain("not both");
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
      expect(issues(exampleWith((i) => delete (i as Partial<Input>).partner))).toEqual([{ pointer: "/partner", code: "invalid_type" }]);
    });
  });
});

describe("several problems in one input are all listed at once", () => {
  /** Ten problems, each in its own place. */
  const tenProblems = () =>
    exampleWith((i) => {
      i.quarter = "2024-Q1";
      i.repOffice["simpleTickets"] = 3;
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
    { pointer: "/repOffice/simpleTickets", code: "unrecognized_keys" },
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
    const root = errorOf({ ...example(), partner: undefined, quarter: undefined, majorProjects: 5 } as unknown as Input);
    expect(root.message).toContain("- /partner: ");
    const whole = errorOf(5 as unknown as Input);
    expect(whole.issues.map((issue) => issue.pointer)).toEqual([""]);
    expect(whole.message).toContain("- /: ");
  });

  it("several shape problems at once (wrong types, missing keys, bad enum values) are all listed", () => {
    const input = exampleWith((i) => {
      i.partner = { name: "示例" };
      i.majorProjects[0]!.seats = "320";
      i.satisfaction[0]!.outcome = "great";
      i.keyEvents[0]!.kind = "bonusx";
      i.flags = { customerInfoFalsified: "no" };
    });
    expect(byPointer(issues(input))).toEqual(
      byPointer([
        { pointer: "/partner/id", code: "invalid_type" },
        { pointer: "/majorProjects/0/seats", code: "invalid_type" },
        { pointer: "/satisfaction/0/outcome", code: "UNKNOWN_OUTCOME" },
        { pointer: "/keyEvents/0/kind", code: "invalid_value" },
        { pointer: "/flags/customerInfoFalsified", code: "invalid_value" },
      ]),
    );
  });

  it("a wrong type or a missing partner in one section does not hide the cross-field problems of the others", () => {
    const input = exampleWith((i) => {
      delete (i as Partial<Input>).partner;
      i.repOffice.unlicensedWorkCases = 1.5;
      i.training.online = { required: 2, completed: 3 };
      i.satisfaction = [
        { projectId: "MP-01", outcome: "satisfied" },
        { projectId: "MP-01", outcome: "very_satisfied" },
      ];
    });
    expectListed(issues(input), [
      { pointer: "/partner", code: "invalid_type" },
      { pointer: "/repOffice/unlicensedWorkCases", code: "NOT_WHOLE_NUMBER" },
      { pointer: "/training/online/completed", code: "COMPLETED_ABOVE_REQUIRED" },
      { pointer: "/satisfaction/1/projectId", code: "DUPLICATE_SURVEY" },
    ]);
  });

  // Each problem is reported, with its path: zod skips the root refinement after a shape
  // problem, so the cross-field checks run on each well-formed element or part of the section.
  describe("a shape problem and a cross-field problem in the same section: both are listed", () => {
    it("training: online.required 2.5 and offline 3 attended of 2", () => {
      const input = exampleWith((i) => (i.training = { online: { required: 2.5, completed: 1 }, offline: { required: 2, attended: 3 } }));
      expect(issues(input)).toEqual([
        { pointer: "/training/online/required", code: "NOT_WHOLE_NUMBER" },
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
      expect(issues(input)).toEqual([
        { pointer: "/satisfaction/0/outcome", code: "UNKNOWN_OUTCOME" },
        { pointer: "/satisfaction/2/projectId", code: "DUPLICATE_SURVEY" },
      ]);
    });

    // an element with a bad date still reports its other problems (a rating above 30 among them)
    it("majorProjects: an unreal deadline and a rating of 31 in the same project", () => {
      const input = exampleWith((i) => {
        i.majorProjects[0]!.deadline = "2024-09-31";
        i.majorProjects[0]!.rating = 31;
      });
      expect(issues(input)).toEqual([
        { pointer: "/majorProjects/0/deadline", code: "NOT_CALENDAR_DATE" },
        { pointer: "/majorProjects/0/rating", code: "RATING_ABOVE_MAX" },
      ]);
      // the rule function lists the same two, at the same places within the list
      expect(issuesOf(() => scoreMajorProjects(input.majorProjects as never))).toEqual([
        { path: [0, "deadline"], code: "NOT_CALENDAR_DATE" },
        { path: [0, "rating"], code: "RATING_ABOVE_MAX" },
      ]);
    });

    it("majorProjects: an unreal submission date, a rating of 31 and a repeated id", () => {
      const input = exampleWith((i) => {
        i.majorProjects.push({ id: "MP-01", product: "WorkSpace", seats: 250, deadline: "2024-09-20", submittedOn: "2024-02-30", rating: 31 });
      });
      expect(issues(input)).toEqual([
        { pointer: "/majorProjects/1/submittedOn", code: "NOT_CALENDAR_DATE" },
        { pointer: "/majorProjects/1/rating", code: "RATING_ABOVE_MAX" },
        { pointer: "/majorProjects/1/id", code: "DUPLICATE_ID" },
      ]);
    });

    it("keyEvents: an unreal date, negative points and a bonus marked major in the same event", () => {
      const input = exampleWith((i) => (i.keyEvents[0] = { id: "KE-1", kind: "bonus", points: -2, note: "", major: "downgrade", date: "2024-09-31" }));
      expect(byPointer(issues(input))).toEqual(
        byPointer([
          { pointer: "/keyEvents/0/points", code: "NOT_AMOUNT" },
          { pointer: "/keyEvents/0/date", code: "NOT_CALENDAR_DATE" },
          { pointer: "/keyEvents/0/major", code: "MAJOR_EVENT_NOT_PENALTY" },
        ]),
      );
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
      i["extra"] = true;
    });

  /** An English sentence without its quoted values, parenthesised Chinese labels and list of accepted values: what must be English. */
  const ownWords = (en: string) => en.replace(/accepted: .*$/, "").replace(/"[^"]*"/g, "").replace(/\([^)]*\)/g, "");

  it.each([
    ["cross-field problems (the library's own messages)", () => exampleWith((i) => (i.training.online = { required: 2, completed: 3 }))],
    ["NO_POLICY, SIMPLE_ABOVE_TOTAL, MAJOR_EVENT_NEEDS_DATE", () => exampleWith((i) => ((i.quarter = "2024-Q1"), (i.ecr = { simpleCalls: 9, totalCalls: 8 }), (i.keyEvents[0]!.major = "downgrade")))],
    ["shape problems (the library's sentences for zod's kinds too)", shapeProblems],
    ["an unknown outcome, kind and severity (the accepted Chinese labels follow in the English list)", () => exampleWith((i) => ((i.satisfaction[0]!.outcome = "great"), (i.keyEvents[0] = { id: "KE-1", kind: "加", points: 1, note: "", major: "黑", date: "2024-08-01" })))],
  ])("%s", (_name, build) => {
    const error = errorOf(build());
    expect(error.issues.length).toBeGreaterThan(0);
    for (const { message, pointer } of error.issues) {
      expect(message.zh, `zh at ${pointer}`).toMatch(CJK);
      expect(message.en, `en at ${pointer}`).toMatch(/[A-Za-z]{3,}/);
      expect(ownWords(message.en), `en at ${pointer}: ${message.en}`).not.toMatch(CJK);
      expect(message.en, `en at ${pointer}`).not.toMatch(/Invalid input/);
    }
  });

  it("the shape problems are each listed", () => {
    expect(byPointer(issues(shapeProblems()))).toEqual(
      byPointer([
        { pointer: "/extra", code: "unrecognized_keys" },
        { pointer: "/partner/id", code: "invalid_type" },
        { pointer: "/partner/name", code: "TEXT_BLANK" },
        { pointer: "/majorProjects/0/seats", code: "NOT_WHOLE_NUMBER" },
        { pointer: "/majorProjects/0/deadline", code: "NOT_CALENDAR_DATE" },
        { pointer: "/repOffice/deliveryQualityDeduction", code: "invalid_type" },
        { pointer: "/repOffice/vendorAssistPersonDays", code: "invalid_type" },
        { pointer: "/keyEvents/0/points", code: "NOT_AMOUNT" },
        { pointer: "/keyEvents/0/kind", code: "invalid_value" },
        { pointer: "/keyEvents/0/note", code: "TEXT_TOO_LONG" },
      ]),
    );
  });

  it("a wrong type is named as what was expected: partner.id 5 is not text (never \"expected a finite number\")", () => {
    const issue = errorOf(exampleWith((i) => (i.partner = { id: 5 }))).issues[0];
    expect(issue?.message).toEqual({ zh: "“合作伙伴编号”(id)应为文本,收到数字 5", en: "id (partner id): expected text, received number 5" });
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
    expect(a.verdict).toMatchObject({ downgrade: false, blacklist: false, reasons: [], effectiveFrom: "2024-04-01", restoresOn: null, reapplyFrom: null });
    // buildVerdict checks its quarter as the composer does: 2024-Q1 under the shipped policy is NO_POLICY
    const facts = { quarter: "2024-Q1", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 }, total: 100, customerInfoFalsified: false, keyEvents: [] };
    expect(issuesOf(() => buildVerdict(facts))).toEqual([{ path: ["quarter"], code: "NO_POLICY" }]);
    expect(buildVerdict(facts, policy as Policy).effectiveFrom).toBe("2024-04-01");
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

  it("Infinity gets a message that names it and the field in both languages (zod's zh text would say 期望 数字,实际接收 数字)", () => {
    const result = safeAssessQuarter(exampleWith((i) => (i.repOffice.deliveryQualityDeduction = Number.POSITIVE_INFINITY)));
    const issue = result.success ? undefined : result.error.issues.find((candidate) => candidate.pointer === "/repOffice/deliveryQualityDeduction");
    expect(issue?.message).toEqual({
      zh: "“项目交付质量扣分”(deliveryQualityDeduction)应为有限的数,收到 Infinity",
      en: "deliveryQualityDeduction (delivery-quality deduction): expected a finite number, received Infinity",
    });
  });

  it("a negative count is one problem, not two (zod's and the rule's own check say the same)", () => {
    const found = issues(exampleWith((i) => (i.repOffice.unlicensedWorkCases = -1)));
    expect(found.filter((issue) => issue.pointer === "/repOffice/unlicensedWorkCases").map((issue) => issue.code)).toEqual(["NOT_WHOLE_NUMBER"]);
  });

  it("a value messages cannot write as JSON (a BigInt inside, a cycle) is shown, not thrown as a TypeError", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(issues(exampleWith((i) => (i.quarter = cycle as never)))).toEqual([{ pointer: "/quarter", code: "invalid_type" }]);
    expect(issues(exampleWith((i) => (i.partner = [[0n]] as never)))).toEqual([{ pointer: "/partner", code: "invalid_type" }]);
    expect(errorOf(exampleWith((i) => (i.partner = [[0n]] as never))).issues[0]?.message.en).toBe('partner (partner): expected an object {…}, received a list [["0n"]]');
  });
});

// ---------------------------------------------------------------------------------------------
// Each id once, only a penalty major, key-event dates in the quarter (3.2.1, 3.2.6; docs/interpretations.md), each through the composer and the
// rule function

describe("3.2.1 a major-project id appears once in the list", () => {
  const project = (id: string, submittedOn: string | null, rating?: number) => ({ id, product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn, ...(rating === undefined ? {} : { rating }) });

  it("a repeated id → DUPLICATE_ID at the repeat (ids compared after trimming), from the composer and from scoreMajorProjects", () => {
    const projects = [project("MP-01", "2024-09-18", 30), project(" MP-01 ", null)];
    expect(issues(exampleWith((i) => (i.majorProjects = projects)))).toEqual([{ pointer: "/majorProjects/1/id", code: "DUPLICATE_ID" }]);
    expect(issuesOf(() => scoreMajorProjects(projects))).toEqual([{ path: [1, "id"], code: "DUPLICATE_ID" }]);
    expect(errorOf(exampleWith((i) => (i.majorProjects = projects))).issues[0]?.message.en).toContain("MP-01");
  });

  it("two distinct projects, one rated 30 on time and one missing, score (30 + 0) ÷ 2 = 15 (R7): what a repeated one would wrongly do to a partner's 30", () => {
    expect(scoreMajorProjects([project("MP-01", "2024-09-18", 30), project("MP-02", null)]).score).toBe(15);
    expect(scoreMajorProjects([project("MP-01", "2024-09-18", 30)]).score).toBe(30);
  });
});

describe("3.2.6 key events: each id once, only a penalty major, a major one dated, every date inside the quarter", () => {
  const event = (over: Record<string, unknown> = {}) => ({ id: "KE-2", kind: "penalty", points: 5, note: "严重的客户投诉", ...over });

  it("a repeated event id → DUPLICATE_ID at the repeat, from the composer and from sumKeyEvents", () => {
    expect(issues(exampleWith((i) => i.keyEvents.push(event({ id: "KE-1" }))))).toEqual([{ pointer: "/keyEvents/1/id", code: "DUPLICATE_ID" }]);
    expect(issuesOf(() => sumKeyEvents([event(), event({ kind: "bonus" })]))).toEqual([{ path: [1, "id"], code: "DUPLICATE_ID" }]);
  });

  it("4.2.2 names only negative events: a bonus (or 加分) marked major → MAJOR_EVENT_NOT_PENALTY at its major", () => {
    for (const kind of ["bonus", "加分"]) {
      const bonus = event({ kind, major: "downgrade", date: "2024-08-14" });
      expect(issues(exampleWith((i) => i.keyEvents.push(bonus)))).toEqual([{ pointer: "/keyEvents/1/major", code: "MAJOR_EVENT_NOT_PENALTY" }]);
      expect(issuesOf(() => sumKeyEvents([bonus]))).toEqual([{ path: [0, "major"], code: "MAJOR_EVENT_NOT_PENALTY" }]);
    }
    // the same event as a penalty: 92.5 − 5 = 87.5, downgraded from its own date
    const penalty = assessQuarter(exampleWith((i) => i.keyEvents.push(event({ major: "downgrade", date: "2024-08-14" }))));
    expect([penalty.total, penalty.verdict.effectiveFrom]).toEqual([87.5, "2024-08-14"]);
  });

  it("a major key event without its date → MAJOR_EVENT_NEEDS_DATE, from the composer, sumKeyEvents and buildVerdict (not dropped)", () => {
    const undated = event({ major: "blacklist" });
    expect(issues(exampleWith((i) => i.keyEvents.push(undated)))).toEqual([{ pointer: "/keyEvents/1/date", code: "MAJOR_EVENT_NEEDS_DATE" }]);
    expect(issuesOf(() => sumKeyEvents([undated]))).toEqual([{ path: [0, "date"], code: "MAJOR_EVENT_NEEDS_DATE" }]);
    const facts = { quarter: "2024-Q3", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 }, total: 95, customerInfoFalsified: false, keyEvents: [undated] };
    expect(issuesOf(() => buildVerdict(facts))).toEqual([{ path: ["keyEvents", 0, "date"], code: "MAJOR_EVENT_NEEDS_DATE" }]);
  });

  it("an event dated outside the assessed quarter → EVENT_OUTSIDE_QUARTER: 2024-Q3 is 2024-07-01 … 2024-09-30, so the day before and the day after are refused, the first and last days accepted", () => {
    for (const date of ["2024-06-30", "2024-10-01"]) {
      expect(issues(exampleWith((i) => (i.keyEvents[0]!.date = date)))).toEqual([{ pointer: "/keyEvents/0/date", code: "EVENT_OUTSIDE_QUARTER" }]);
      const facts = { quarter: "2024-Q3", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 }, total: 95, customerInfoFalsified: false, keyEvents: [event({ major: "downgrade", date })] };
      expect(issuesOf(() => buildVerdict(facts))).toEqual([{ path: ["keyEvents", 0, "date"], code: "EVENT_OUTSIDE_QUARTER" }]);
    }
    for (const date of ["2024-07-01", "2024-09-30"]) expect(assessQuarter(exampleWith((i) => (i.keyEvents[0]!.date = date))).total).toBe(92.5);
    const message = errorOf(exampleWith((i) => (i.keyEvents[0]!.date = "2024-10-01"))).issues[0]!.message;
    expect(message.en).toContain("2024-07-01");
    expect(message.en).toContain("2024-09-30");
  });

  it("JSON takes the Chinese words too: 加分/扣分 as bonus/penalty, 降级/黑名单 as downgrade/blacklist, 是/否 as true/false", () => {
    const a = assessQuarter(
      exampleWith((i) => {
        i.keyEvents = [
          { id: "KE-1", kind: "加分", points: 2, note: "" },
          { id: "KE-2", kind: "扣分", points: 1.5, note: "", major: "黑名单", date: "2024-09-02" },
        ];
        i.flags = { customerInfoFalsified: "否" };
      }),
    );
    // 28 + 25 + 9.5 + 15 + 13 + 2 − 1.5 = 91
    expect(a.total).toBe(91);
    expect(a.verdict.reasons).toMatchObject([{ code: "MAJOR_KEY_EVENT", severity: "blacklist", date: "2024-09-02" }]);
    const falsified = assessQuarter(exampleWith((i) => (i.flags = { customerInfoFalsified: "是" })));
    expect(falsified.verdict.reasons.map((reason) => reason.code)).toEqual(["CUSTOMER_INFO_FALSIFIED"]);
    expect(issues(exampleWith((i) => (i.flags = { customerInfoFalsified: "yes" })))).toEqual([{ pointer: "/flags/customerInfoFalsified", code: "invalid_value" }]);
  });
});

describe("3.2.4 ECR: a missing figure is an error, never a score", () => {
  it("scoreEcr with only simpleCalls → ECR_FIELD_MISSING at totalCalls (it scored the record before); with only totalCalls → at simpleCalls; with nothing → at the record", () => {
    expect(issuesOf(() => scoreEcr({ simpleCalls: 3 } as never))).toEqual([{ path: ["totalCalls"], code: "ECR_FIELD_MISSING" }]);
    expect(issuesOf(() => scoreEcr({ totalCalls: 30 } as never))).toEqual([{ path: ["simpleCalls"], code: "ECR_FIELD_MISSING" }]);
    expect(issuesOf(() => scoreEcr({} as never))).toEqual([{ path: [], code: "ECR_FIELD_MISSING" }]);
  });

  it("a rate and all calls together → RATE_OR_COUNTS from scoreEcr too; a rate with the simple-call count is one way: 3 simple calls ≤ 5 → 15", () => {
    expect(issuesOf(() => scoreEcr({ totalCalls: 30, rate: "9.5%" } as never))).toEqual([{ path: [], code: "RATE_OR_COUNTS" }]);
    expect(issuesOf(() => scoreEcr({ simpleCalls: 3, totalCalls: 30, rate: "9.5%" } as never))).toEqual([{ path: [], code: "RATE_OR_COUNTS" }]);
    expect(scoreEcr({ simpleCalls: 3, rate: "9.5%" }).score).toBe(15);
  });
});

describe("3.2.5 training: a misspelled part is an error, never a silent 0", () => {
  it("offline { required: 3, completed: 3 } (completed where attended belongs) → attended missing and completed unknown, from the composer and scoreTraining", () => {
    const training = { online: { required: 6, completed: 6 }, offline: { required: 3, completed: 3 } };
    expect(byPointer(issues(exampleWith((i) => (i.training = training))))).toEqual(
      byPointer([
        { pointer: "/training/offline/attended", code: "invalid_type" },
        { pointer: "/training/offline/completed", code: "unrecognized_keys" },
      ]),
    );
  });
});

describe("7 text: blank or too long once trimmed", () => {
  it("an id of spaces → TEXT_BLANK; 201 characters → TEXT_TOO_LONG; 200 characters with spaces around are accepted, and trimmed", () => {
    expect(issues(exampleWith((i) => (i.majorProjects[0]!.id = " \t ")))).toEqual([{ pointer: "/majorProjects/0/id", code: "TEXT_BLANK" }]);
    expect(issues(exampleWith((i) => (i.majorProjects[0]!.id = "x".repeat(201))))).toEqual([{ pointer: "/majorProjects/0/id", code: "TEXT_TOO_LONG" }]);
    expect(issues(exampleWith((i) => (i.partner.id = "   ")))).toEqual([{ pointer: "/partner/id", code: "TEXT_BLANK" }]);
    const a = assessQuarter(exampleWith((i) => (i.partner.id = `  ${"P".repeat(200)}  `)));
    expect(a.partnerId).toBe("P".repeat(200));
  });

  it("a note may be blank, and up to 2,000 characters; 2,001 → TEXT_TOO_LONG", () => {
    expect(assessQuarter(exampleWith((i) => (i.keyEvents[0]!.note = ""))).total).toBe(92.5);
    expect(assessQuarter(exampleWith((i) => (i.keyEvents[0]!.note = "说".repeat(2000)))).total).toBe(92.5);
    expect(issues(exampleWith((i) => (i.keyEvents[0]!.note = "说".repeat(2001))))).toEqual([{ pointer: "/keyEvents/0/note", code: "TEXT_TOO_LONG" }]);
  });
});

describe("7 no TypeError from a rule function: null, a null element, a misspelled key are input errors with paths", () => {
  it.each([
    ["scoreEcr(null)", () => scoreEcr(null as never), [{ path: [], code: "invalid_type" }]],
    ["scoreMajorProjects([null])", () => scoreMajorProjects([null] as never), [{ path: [0], code: "invalid_type" }]],
    ["scoreRepOffice({ simpleTickets: 3 })", () => scoreRepOffice({ simpleTickets: 3 } as never), [{ path: ["simpleTickets"], code: "unrecognized_keys" }]],
    ["sumKeyEvents([undefined])", () => sumKeyEvents([undefined] as never), [{ path: [0], code: "invalid_type" }]],
  ] as const)("%s", (_name, run, expected) => {
    expect(issuesOf(run)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Merged from test/mutation/7-input-validation.test.ts

/** The (pointer, code) of each problem of a quarter with `input`'s sections. */
function problems(input: Record<string, unknown>): [string, string][] {
  return issues({ partner: { id: "P-1" }, quarter: "2024-Q3", ...input }).map(({ pointer, code }) => [pointer, code]);
}

function thrown(input: Record<string, unknown>, options = {}): AssessmentInputError {
  try {
    assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ...input }, options);
  } catch (error) {
    if (error instanceof AssessmentInputError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentInputError");
}

describe("7 a bad amount is one problem, not two", () => {
  it.each([
    ["deliveryQualityDeduction", -1],
    ["vendorAssistPersonDays", -0.5],
    ["keyEventDeduction", -2],
  ])("3.2.3 repOffice.%s = %d → one problem at its path", (key, value) => {
    expect(problems({ repOffice: { [key]: value } })).toEqual([[`/repOffice/${key}`, "NOT_AMOUNT"]]);
  });

  it("3.2.6 a key event of −1 points → one problem at /keyEvents/0/points", () => {
    expect(problems({ keyEvents: [{ id: "KE-1", kind: "penalty", points: -1, note: "" }] })).toEqual([["/keyEvents/0/points", "NOT_AMOUNT"]]);
  });

  it("3.2.1 a rating of −1 on an on-time report → one problem at /majorProjects/0/rating", () => {
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-19", rating: -1 };
    expect(problems({ majorProjects: [project] })).toEqual([["/majorProjects/0/rating", "NOT_AMOUNT"]]);
  });

  it("3.2.1 an unreal deadline 2024-09-31 → one problem at /majorProjects/0/deadline", () => {
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-31", submittedOn: null };
    expect(problems({ majorProjects: [project] })).toEqual([["/majorProjects/0/deadline", "NOT_CALENDAR_DATE"]]);
  });

  it("3.2.5 2.5 learners required of 3 completed → one problem, not also 3 > 2.5 (the comparison reads valid counts only)", () => {
    expect(problems({ training: { online: { required: 2.5, completed: 3 } } })).toEqual([["/training/online/required", "NOT_WHOLE_NUMBER"]]);
    expect(problems({ training: { offline: { required: -1, attended: 0 } } })).toEqual([["/training/offline/required", "NOT_WHOLE_NUMBER"]]);
  });
});

describe('7 input limits (docs/interpretations.md: "every count, deduction, rating and point at most 1,000,000,000")', () => {
  it("1,000,000,000 itself is accepted by the rules called directly: a key event of 1e9 points, a rep-office deduction of 1e9", () => {
    expect(sumKeyEvents([{ id: "KE-1", kind: "bonus", points: 1_000_000_000, note: "" }]).adjustment).toBe(1_000_000_000);
    expect(scoreRepOffice({ keyEventDeduction: 1_000_000_000, unlicensedWorkCases: 1_000_000_000 }).score).toBe(0);
  });

  it("1,000,000,000.5 and 1,000,000,001 are refused", () => {
    expect(issuesOf(() => sumKeyEvents([{ id: "KE-1", kind: "bonus", points: 1_000_000_000.5, note: "" }]))).toEqual([{ path: [0, "points"], code: "NOT_AMOUNT" }]);
    expect(issuesOf(() => scoreRepOffice({ unlicensedWorkCases: 1_000_000_001 }))).toEqual([{ path: ["unlicensedWorkCases"], code: "NOT_WHOLE_NUMBER" }]);
  });
});

describe('7 "An input with more than 100 problems lists the first 100 and counts the rest (TOO_MANY_ISSUES)" (docs/interpretations.md)', () => {
  const badSurveys = (n: number) => Array.from({ length: n }, (_, i) => ({ projectId: `MP-${i}`, outcome: "great" }));

  it("150 unknown outcomes: the first 100 are listed, then one problem at the root counting the other 50", () => {
    const { issues: found } = thrown({ satisfaction: badSurveys(150) });
    expect(found).toHaveLength(101);
    expect(found[99]?.pointer).toBe("/satisfaction/99/outcome");
    expect(found[100]).toEqual({
      path: [],
      pointer: "",
      code: "TOO_MANY_ISSUES",
      message: { zh: "另有 50 处问题未列出(只列出前 100 处)", en: "50 more problem(s) not listed (only the first 100 are)" },
    });
  });

  it("exactly 100 problems are all listed, with nothing counted", () => {
    const { issues: found } = thrown({ satisfaction: badSurveys(100) });
    expect(found).toHaveLength(100);
    expect(found.map((issue) => issue.code)).not.toContain("TOO_MANY_ISSUES");
  });

  it("a wrong partner and 150 surveys of one project (149 repeats): the partner first, 99 repeats, then 50 counted", () => {
    const repeats = Array.from({ length: 150 }, () => ({ projectId: "MP-1", outcome: "satisfied" }));
    const { issues: found } = thrown({ partner: 5, satisfaction: repeats });
    expect(found).toHaveLength(101);
    expect(found[0]).toMatchObject({ pointer: "/partner", code: "invalid_type" });
    expect(found[1]).toMatchObject({ pointer: "/satisfaction/1/projectId", code: "DUPLICATE_SURVEY" });
    expect(found[100]?.message.en).toBe("50 more problem(s) not listed (only the first 100 are)");
  });

  it("an unknown key at the root and 150 surveys of one project: zod lists the root's unknown keys last, so the 149 repeats fill the hundred and 50 are counted, the key among them", () => {
    const repeats = Array.from({ length: 150 }, () => ({ projectId: "MP-1", outcome: "satisfied" }));
    const { issues: found } = thrown({ typo: 1, satisfaction: repeats });
    expect(found).toHaveLength(101);
    expect(found[0]).toMatchObject({ pointer: "/satisfaction/1/projectId", code: "DUPLICATE_SURVEY" });
    expect(found[100]?.message.en).toBe("50 more problem(s) not listed (only the first 100 are)");
  });

  it("each unknown key is one problem in the count: 3 unknown partner keys and 150 unknown outcomes are 153 problems, 100 listed, 53 counted", () => {
    const { issues: found } = thrown({ partner: { id: "P-1", a: 1, b: 2, c: 3 }, satisfaction: badSurveys(150) });
    expect(found.slice(0, 4).map((issue) => issue.pointer)).toEqual(["/partner/a", "/partner/b", "/partner/c", "/satisfaction/0/outcome"]);
    expect(found[100]?.message.en).toBe("53 more problem(s) not listed (only the first 100 are)");
  });

  it("a well-formed input is checked under the policy passed in, not the shipped one: a rating of 25 above that policy's maximum of 20", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { majorProjects: { ratingMax: { value: number }; max: { value: number } } };
    policy.majorProjects.ratingMax.value = 20;
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-19", rating: 25 };
    const { issues: found } = thrown({ majorProjects: [project] }, { policy: policy as unknown as Policy });
    expect(found.map((issue) => [issue.pointer, issue.code])).toEqual([["/majorProjects/0/rating", "RATING_ABOVE_MAX"]]);
    expect(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", majorProjects: [{ ...project, rating: 20 }] }, { policy: policy as unknown as Policy }).items.majorProjects.score).toBe(20);
  });

  it("when the input fails its shape, the other parts are still checked under the policy passed in: a rating of 25 above that policy's maximum of 20", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { majorProjects: { ratingMax: { value: number } } };
    policy.majorProjects.ratingMax.value = 20;
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-19", rating: 25 };
    for (const [extra, expected] of [
      [{ typo: 1 }, [["/majorProjects/0/rating", "RATING_ABOVE_MAX"], ["/typo", "unrecognized_keys"]]], // zod lists the root's unknown keys after its fields
      [{ partner: 5 }, [["/partner", "invalid_type"], ["/majorProjects/0/rating", "RATING_ABOVE_MAX"]]],
      [{ quarter: 5 }, [["/quarter", "invalid_type"], ["/majorProjects/0/rating", "RATING_ABOVE_MAX"]]], // no quarter to pick a policy by: the one passed in still applies
    ] as const) {
      const { issues: found } = thrown({ ...extra, majorProjects: [project] }, { policy: policy as unknown as Policy });
      expect(found.map((issue) => [issue.pointer, issue.code])).toEqual(expected);
    }
  });

  // Was: with 100 problems from zod the cross-field checks are skipped but nothing said so: 100
  // unknown outcomes and 9 simple calls of 5 (101 problems) were listed as exactly 100. Now a last
  // TOO_MANY_ISSUES says there may be more.
  it("fixed: 100 unknown outcomes and simple calls above all calls: 101 problems, so one is counted as not listed", () => {
    const { issues: found } = thrown({ satisfaction: badSurveys(100), ecr: { simpleCalls: 9, totalCalls: 5 } });
    expect(found.at(-1)).toMatchObject({ code: "TOO_MANY_ISSUES", message: { en: "1 more problem(s) not listed (only the first 100 are)" } });
  });
});
