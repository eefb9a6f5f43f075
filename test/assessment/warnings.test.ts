import { describe, expect, it } from "vitest";
import { AssessmentSchema, assessQuarter } from "../../src/index.js";
import { bare, example, exampleWith } from "../support/quarters.js";

/**
 * A section left out is scored as the readings say, and the assessment lists it in `warnings` (code
 * `SECTION_MISSING`), so a gap in the data never passes unseen (docs/interpretations.md). The readings: R1 no
 * major projects → 30; R3 no survey → 25; R9 no rep-office figure → 0 deducted, nobody required → full
 * training part; R8 no calls → 15; no key events → no adjustment.
 */

describe("7 nothing missing passes unseen: SECTION_MISSING", () => {
  it("only a partner and a quarter: 30 + 25 + 10 + 15 + 20 = 100, each item not applicable but the rep office, and one warning per section with its reading", () => {
    const a = assessQuarter(bare("2024-Q3"));
    expect(a.total).toBe(100);
    expect(a.verdict).toMatchObject({ downgrade: false, reasons: [], effectiveFrom: "2024-10-01" });
    expect(a.warnings.map(({ code, path, pointer, reading }) => ({ code, path, pointer, reading }))).toEqual([
      { code: "SECTION_MISSING", path: ["majorProjects"], pointer: "/majorProjects", reading: "R1" },
      { code: "SECTION_MISSING", path: ["satisfaction"], pointer: "/satisfaction", reading: "R3" },
      { code: "SECTION_MISSING", path: ["repOffice"], pointer: "/repOffice", reading: "R9" },
      { code: "SECTION_MISSING", path: ["ecr"], pointer: "/ecr", reading: "R8" },
      { code: "SECTION_MISSING", path: ["training"], pointer: "/training", reading: "R9" },
      { code: "SECTION_MISSING", path: ["keyEvents"], pointer: "/keyEvents", reading: null },
    ]);
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
  });

  it("each warning names its section and reading in both languages", () => {
    const labels = [
      ["H3C重大项目交付考核", "major-project delivery", "R1"],
      ["客户满意度", "customer satisfaction", "R3"],
      ["代表处评分", "rep-office rating", "R9"],
      ["ECR(简单问题占比)", "ECR (simple-question ratio)", "R8"],
      ["培训参与率", "training participation", "R9"],
      ["关键事件", "key events", null],
    ] as const;
    const { warnings } = assessQuarter(bare());
    warnings.forEach((warning, index) => {
      const [zh, en, reading] = labels[index] as (typeof labels)[number];
      expect(warning.message.zh).toContain(zh);
      expect(warning.message.en).toContain(en);
      if (reading !== null) {
        expect(warning.message.zh).toContain(reading);
        expect(warning.message.en).toContain(`reading ${reading}`);
      }
    });
  });

  it("sections given empty ([], {}, no calls) are not missing: no warning for them, only for the training parts they leave out", () => {
    const a = assessQuarter({ ...bare(), majorProjects: [], satisfaction: [], repOffice: {}, ecr: { simpleCalls: 0, totalCalls: 0 }, training: {}, keyEvents: [] });
    expect(a.total).toBe(100);
    expect(a.warnings.map((warning) => warning.pointer)).toEqual(["/training/online", "/training/offline"]);
  });

  it("a training record with one part: the other part is listed (an omitted offline part reads as not reported)", () => {
    const a = assessQuarter(exampleWith((i) => (i.training = { online: { required: 6, completed: 6 } } as never)));
    // online 6 of 6 → 10, offline not reported → 10 (R9)
    expect(a.items.training.score).toBe(20);
    expect(a.warnings.map(({ pointer, reading }) => [pointer, reading])).toEqual([["/training/offline", "R9"]]);
    // its step says it was not reported, not that no core engineer was required (that is { required: 0 })
    const offline = a.items.training.steps.filter((step) => step.rule.startsWith("training.offline"));
    expect(offline.map((step) => step.rule)).toEqual(["training.offline-not-reported"]);
    expect(offline[0]?.message.en).toContain("not reported");
    expect(offline[0]?.message.zh).toContain("未报告");
  });

  it("the example quarter gives every section: no warnings", () => {
    expect(assessQuarter(example()).warnings).toEqual([]);
  });
});
