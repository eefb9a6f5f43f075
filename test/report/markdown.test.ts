import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessQuarter } from "../../src/index.js";
import { renderMarkdown } from "../../src/report/markdown.js";

const fixture = (name: string) => assessQuarter(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", name), "utf8")));

describe("Markdown score card", () => {
  it("tables the items with n/a marks, the adjustment and the total, then the verdict", () => {
    // 14-sections-omitted: 23.5 + 25 (n/a) + 10 (n/a) + 15 (n/a) + 15 + 0 = 88.5
    const text = renderMarkdown(fixture("14-sections-omitted.json"), "zh");
    expect(text).toContain("| 客户满意度 | 25 | 25 | 3.2.2 | 不适用 |");
    expect(text).toContain("| 培训参与率 | 15 | 20 | 3.2.5 |  |");
    expect(text).toContain("| **总分** | **88.5** | | | |");
    expect(text).toContain("**结论: 保持星级**");
  });

  it("lists each reason with its clause", () => {
    const text = renderMarkdown(fixture("12-blacklist-below-70.json"), "en");
    expect(text.match(/^- `4\.2\.2` /gm)).toHaveLength(2);
    expect(text).toContain("**verdict: blacklist (effective 2025-10-20)**");
  });

  it("puts each item's steps in rows under its score, and the verdict's sentence and the warnings after it; --brief leaves out the step rows", () => {
    // 03: (0 + 29 + 0 + 28) / 4 = 57 / 4 = 14.25
    const assessment = fixture("03-late-missing-reports.json");
    const text = renderMarkdown(assessment, "en");
    expect(text).toContain("| major-project delivery | 14.25 | 30 | 3.2.1 |  |\n| ↳ project MP-2404-01: handover report submitted 2024-12-23, after the deadline 2024-12-20; scores 0 (the rating 27 is ignored) | | | | |");
    expect(text).toContain("| ↳ 4 major project(s), plain mean: 57 ÷ 4 = 14.25 | | | | |\n| customer satisfaction | 14.67 |");
    expect(renderMarkdown(assessment, "en", { brief: true })).not.toContain("↳");
    const withBoth = {
      ...assessment,
      verdict: { ...assessment.verdict, message: { zh: "保持星级", en: "Star kept | all items above 0" } },
      warnings: [{ code: "SECTION_MISSING" as const, path: ["ecr"], pointer: "/ecr", reading: "R8" as const, message: { zh: "未提供 ECR 数据", en: "no ECR data" } }],
    };
    const full = renderMarkdown(withBoth, "en");
    expect(full).toContain("**verdict: star kept**\n\nStar kept \\| all items above 0\n");
    expect(full).toContain("**warnings**\n\n- `/ecr` SECTION_MISSING: no ECR data\n");
    expect(renderMarkdown(withBoth, "zh")).toContain("**警告**");
  });
});

