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
    expect(text).toContain("**verdict: blacklist (effective 2026-01-01)**");
  });
});
