import { describe, expect, it } from "vitest";
import { assessQuarter, CLOUD_DESKTOP_2024, type IssueCode, type Policy, QuarterInputSchema, quarterSchema, safeAssessQuarter, scoreSatisfaction } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { exampleWith } from "../support/quarters.js";

/**
 * QuarterInputSchema is a zod schema (docs/input.md). Users of the exported `QuarterInputSchema` see
 * the library's own codes and messages, not "Invalid input"; satisfaction labels come from the policy in use,
 * not from the 2024 policy built into the schema. A custom check puts its code and both sentences in
 * `issue.params` and its English sentence in `issue.message`.
 */

/** Every issue code the library knows, written out: a code outside it is a typo or zod's own word. */
const LIBRARY_CODES: readonly IssueCode[] = [
  "invalid_type",
  "unrecognized_keys",
  "invalid_value",
  "NOT_WHOLE_NUMBER",
  "NOT_AMOUNT",
  "TEXT_BLANK",
  "TEXT_TOO_LONG",
  "NOT_CALENDAR_DATE",
  "NOT_QUARTER",
  "NOT_RATE",
  "UNKNOWN_OUTCOME",
  "NO_POLICY",
  "RATING_ABOVE_MAX",
  "RATING_REQUIRED",
  "COMPLETED_ABOVE_REQUIRED",
  "ATTENDED_ABOVE_REQUIRED",
  "SIMPLE_ABOVE_TOTAL",
  "ECR_FIELD_MISSING",
  "RATE_OR_COUNTS",
  "DUPLICATE_ID",
  "DUPLICATE_SURVEY",
  "MAJOR_EVENT_NEEDS_DATE",
  "MAJOR_EVENT_NOT_PENALTY",
  "EVENT_OUTSIDE_QUARTER",
];

/** Custom checks only: the library's own checks, each reported as a custom zod issue. */
const CHECKS = exampleWith((i) => {
  i.majorProjects[0]!.rating = 31; // RATING_ABOVE_MAX
  i.majorProjects[0]!.seats = 2.5; // NOT_WHOLE_NUMBER
  i.majorProjects[0]!.deadline = "2024-09-31"; // NOT_CALENDAR_DATE
  i.satisfaction[0]!.outcome = "great"; // UNKNOWN_OUTCOME
  i.repOffice.keyEventDeduction = -1; // NOT_AMOUNT
  i.ecr = { simpleCalls: 4 }; // ECR_FIELD_MISSING
  i.training.online = { required: 2, completed: 3 }; // COMPLETED_ABOVE_REQUIRED
  i.keyEvents.push({ id: "KE-1", kind: "bonus", points: 1, note: "", major: "downgrade", date: "2024-10-01" }); // DUPLICATE_ID, MAJOR_EVENT_NOT_PENALTY, EVENT_OUTSIDE_QUARTER
  i.partner.name = "  "; // TEXT_BLANK
});

/** Wrong types, a missing key and unknown keys: zod's own kinds of problem. */
const SHAPES = exampleWith((i) => {
  i.partner = { id: 5 }; // a number where text belongs
  i["extra"] = 1; // an unknown key at the root
  i.repOffice["simpleTickets"] = 3; // an unknown key in a section
  i.majorProjects[0]!.seats = "320"; // text where a number belongs
  delete i.training.offline["attended"]; // a missing key
  i.keyEvents[0]!.kind = "bonusx"; // a value outside a list
});

describe("7 QuarterInputSchema.safeParse speaks the library's codes", () => {
  it("the library's checks: issue.params.code is the library's code, issue.params.message both sentences, issue.message the English one", () => {
    const result = QuarterInputSchema.safeParse(CHECKS);
    expect(result.success).toBe(false);
    const found = (result.error?.issues ?? []).map((issue) => {
      const params = (issue as { params?: { code?: string; message?: { zh: string; en: string } } }).params;
      expect(params?.message?.en, issue.path.join("/")).toBe(issue.message);
      expect(params?.message?.zh.length, issue.path.join("/")).toBeGreaterThan(0);
      return [issue.path.join("/"), params?.code];
    });
    expect(found.sort()).toEqual(
      [
        ["partner/name", "TEXT_BLANK"],
        ["majorProjects/0/seats", "NOT_WHOLE_NUMBER"],
        ["majorProjects/0/deadline", "NOT_CALENDAR_DATE"],
        ["majorProjects/0/rating", "RATING_ABOVE_MAX"],
        ["satisfaction/0/outcome", "UNKNOWN_OUTCOME"],
        ["repOffice/keyEventDeduction", "NOT_AMOUNT"],
        ["ecr/totalCalls", "ECR_FIELD_MISSING"],
        ["training/online/completed", "COMPLETED_ABOVE_REQUIRED"],
        ["keyEvents/1/major", "MAJOR_EVENT_NOT_PENALTY"],
        ["keyEvents/1/id", "DUPLICATE_ID"],
        ["keyEvents/1/date", "EVENT_OUTSIDE_QUARTER"],
      ].sort(),
    );
  });

  it("the same problems through assessQuarter carry the same codes at the same paths", () => {
    const viaSchema = (QuarterInputSchema.safeParse(CHECKS).error?.issues ?? []).map((issue) => `${issue.path.join("/")} ${(issue as { params?: { code?: string } }).params?.code}`);
    const viaComposer = issuesOf(() => assessQuarter(CHECKS)).map((issue) => `${issue.path.join("/")} ${issue.code}`);
    expect(viaComposer.sort()).toEqual(viaSchema.sort());
  });

  // Found by this test: zod's own kinds of problem (a wrong type, a missing key, an unknown key) come
  // out of QuarterInputSchema.safeParse with zod's words ("Invalid input: expected string, received
  // number", 'Unrecognized key: "extra"') and no params; only parseWith (assessQuarter, the rule
  // functions) turns them into the library's sentences. The expectation below is the contract;
  // `it.fails` keeps it visible until the fields report these kinds themselves (then make it `it`).
  it("zod's own kinds too: every issue names a library code (params.code, else its kind) and none says \"Invalid input\"", () => {
    const result = QuarterInputSchema.safeParse(SHAPES);
    expect(result.success).toBe(false);
    for (const issue of result.error?.issues ?? []) {
      const code = (issue as { params?: { code?: string } }).params?.code ?? issue.code;
      expect(LIBRARY_CODES, issue.path.join("/")).toContain(code);
      expect(issue.message, issue.path.join("/")).not.toMatch(/Invalid input|Unrecognized key/);
      expect((issue as { params?: { message?: unknown } }).params?.message, issue.path.join("/")).toBeDefined();
    }
  });

  it("assessQuarter gives zod's kinds the library's sentences: no \"Invalid input\" there", () => {
    const result = safeAssessQuarter(SHAPES);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.pointer, issue.code])).toEqual(
      expect.arrayContaining([
        ["/partner/id", "invalid_type"],
        ["/extra", "unrecognized_keys"],
        ["/repOffice/simpleTickets", "unrecognized_keys"],
        ["/majorProjects/0/seats", "invalid_type"],
        ["/training/offline/attended", "invalid_type"],
        ["/keyEvents/0/kind", "invalid_value"],
      ]),
    );
    for (const issue of result.error.issues) {
      expect(LIBRARY_CODES).toContain(issue.code);
      expect(issue.message.en).not.toMatch(/Invalid input|Unrecognized key/);
    }
  });
});

describe("3.2.2 satisfaction labels come from the policy in use", () => {
  /** The 2024 policy with other Chinese labels for two outcomes (a later revision could rename them). */
  function relabelled(): Policy {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as {
      id: string;
      satisfaction: { outcomes: Record<string, { label: string }>; unreachable: { label: string } };
    };
    policy.id = "cloud-desktop-2024-relabelled";
    policy.satisfaction.outcomes["very_satisfied"]!.label = "十分满意";
    policy.satisfaction.unreachable.label = "三次回访不通";
    return policy as unknown as Policy;
  }

  it("a policy with other labels accepts its own labels, read as the codes: 十分满意 25 and 三次回访不通 −2 → 25 − 2 = 23", () => {
    const policy = relabelled();
    const surveys = [
      { projectId: "MP-01", outcome: "十分满意" },
      { projectId: "MP-02", outcome: "三次回访不通" },
    ];
    const parsed = quarterSchema(policy).parse({ partner: { id: "P-1" }, quarter: "2024-Q3", satisfaction: surveys });
    expect(parsed.satisfaction?.map((survey) => survey.outcome)).toEqual(["very_satisfied", "unreachable"]);
    expect(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", satisfaction: surveys }, { policy }).items.satisfaction.score).toBe(23);
    expect(scoreSatisfaction(surveys, policy).score).toBe(23);
  });

  it("… and refuses the 2024 labels it renamed (UNKNOWN_OUTCOME naming its own labels); codes and the labels it kept still pass", () => {
    const policy = relabelled();
    const input = { partner: { id: "P-1" }, quarter: "2024-Q3", satisfaction: [{ projectId: "MP-01", outcome: "非常满意" }, { projectId: "MP-02", outcome: "回访不通" }] };
    expect(issuesOf(() => assessQuarter(input, { policy }))).toEqual([
      { path: ["satisfaction", 0, "outcome"], code: "UNKNOWN_OUTCOME" },
      { path: ["satisfaction", 1, "outcome"], code: "UNKNOWN_OUTCOME" },
    ]);
    const result = safeAssessQuarter(input, { policy });
    const accepted = (result.success ? "" : (result.error.issues[0]?.message.en ?? "")).split("accepted:")[1] ?? "";
    expect(accepted).toContain("very_satisfied (十分满意)");
    expect(accepted).not.toContain("非常满意");
    expect(issuesOf(() => scoreSatisfaction(input.satisfaction, policy))).toEqual([
      { path: [0, "outcome"], code: "UNKNOWN_OUTCOME" },
      { path: [1, "outcome"], code: "UNKNOWN_OUTCOME" },
    ]);
    // codes, and the labels the policy kept (满意 15), are read as before: (25 + 15) ÷ 2 = 20
    const kept = { ...input, satisfaction: [{ projectId: "MP-01", outcome: "very_satisfied" }, { projectId: "MP-02", outcome: "满意" }] };
    expect(assessQuarter(kept, { policy }).items.satisfaction.score).toBe(20);
    // and the shipped schema still takes the 2024 labels: 25 − 2 = 23
    expect(assessQuarter(input).items.satisfaction.score).toBe(23);
    expect(QuarterInputSchema.safeParse({ ...input, satisfaction: [{ projectId: "MP-01", outcome: "十分满意" }] }).success).toBe(false);
  });
});
