import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessQuarter } from "../../src/index.js";
import { renderScoreCard, stepText } from "../../src/report/score-card.js";

const fixture = (name: string) => assessQuarter(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", name), "utf8")));

describe("score card", () => {
  it("--brief: lists every item with score, max and clause, the adjustment, the total and a kept star (en), no steps", () => {
    // 13-no-major-projects: 30 (n/a) + 25 (n/a) + 9 + 15 (n/a) + 20 (n/a) + 0 = 99
    const card = renderScoreCard(fixture("13-no-major-projects.json"), "en", { brief: true });
    const lines = card.split("\n");
    expect(lines[0]).toMatch(/P-0113 · 2025-Q1 · cloud-desktop-2024$/);
    expect(lines[1]).toMatch(/^item\s+score\s+max\s+clause$/);
    expect(lines[2]).toMatch(/^major-project delivery\s+30\s+30\s+3\.2\.1\s+not applicable$/);
    expect(lines[4]).toMatch(/^rep-office rating\s+9\s+10\s+3\.2\.3$/);
    expect(lines[7]).toMatch(/^key-event adjustment\s+0\s+3\.2\.6$/);
    expect(lines[8]).toMatch(/^total\s+99$/);
    expect(lines[9]).toBe("verdict: star kept");
    expect(lines).toHaveLength(10);
  });

  it("shows a blacklist with its dates and every reason (zh), and signs a negative adjustment", () => {
    // 12-blacklist-below-70: 14 + 5 + 0.5 + 0 + 5 − 18 = 6.5; the earliest reason is KE-2504-53, handled on 2025-10-20 → effective 2025-10-20
    const card = renderScoreCard(fixture("12-blacklist-below-70.json"), "zh");
    expect(card).toMatch(/关键事件加减分\s+-18\s+3\.2\.6/);
    expect(card).toContain("结论: 加入黑名单 (生效 2025-10-20)");
    expect(card.match(/^ {2}- \[/gm)).toHaveLength(4);
  });

  it("shows the return date of a one-quarter downgrade and the reapply date after a low total", () => {
    expect(renderScoreCard(fixture("09-falsified-with-item-zero.json"), "en")).toContain("verdict: downgrade (effective 2025-01-01, restores 2025-04-01)");
    expect(renderScoreCard(fixture("06-just-below-69-99.json"), "en")).toContain("verdict: downgrade (effective 2025-10-01, may reapply 2026-01-01)");
    expect(renderScoreCard(fixture("01-all-clear.json"), "en")).toMatch(/key-event adjustment\s+\+2/);
  });

  it("shows each item's steps under its score, so a channel manager can check a 14.25 by hand", () => {
    // 03-late-missing-reports: MP-01 late → 0, MP-02 29, MP-03 missing → 0, MP-04 28: (0 + 29 + 0 + 28) / 4 = 57 / 4 = 14.25
    const lines = renderScoreCard(fixture("03-late-missing-reports.json"), "en").split("\n");
    const item = lines.findIndex((line) => /^major-project delivery\s+14\.25\s+30\s+3\.2\.1$/.test(line));
    expect(item).toBe(2);
    expect(lines.slice(3, 8)).toEqual([
      "    project MP-2404-01: handover report submitted 2024-12-23, after the deadline 2024-12-20; scores 0 (the rating 27 is ignored)",
      "    project MP-2404-02: handover report submitted 2024-12-10, by the deadline 2024-12-20; scores the rep office's rating 29",
      "    project MP-2404-03: no handover report by the deadline 2024-12-20; scores 0",
      "    project MP-2404-04: handover report submitted 2024-12-19, by the deadline 2024-12-25; scores the rep office's rating 28",
      "    4 major project(s), plain mean: 57 ÷ 4 = 14.25",
    ]);
    expect(lines[8]).toMatch(/^customer satisfaction\s+14\.67/);
    // the key events' steps follow the adjustment: +3 bonus − 1 penalty = +2 (see the fixture's _why)
    const adjustment = lines.findIndex((line) => line.startsWith("key-event adjustment"));
    expect(lines[adjustment]).toMatch(/\+2\s+3\.2\.6$/);
    expect(lines[adjustment + 1]).toMatch(/^ {4}\S/);
    expect(lines.find((line) => line.startsWith("total"))).toMatch(/^total\s+70\.67$/);
  });

  it("shows the verdict's sentence and the assessment's warnings when it has them; --brief leaves out the sentence, not the warnings", () => {
    const assessment = fixture("14-sections-omitted.json");
    const withBoth = {
      ...assessment,
      verdict: { ...assessment.verdict, message: { zh: "保持星级:各考核项均不为 0", en: "Star kept: no item scored 0" } },
      warnings: [{ code: "SECTION_MISSING" as const, path: ["ecr"], pointer: "/ecr", reading: "R8" as const, message: { zh: "未提供 ECR 数据", en: "no ECR data was given" } }],
    };
    const en = renderScoreCard(withBoth, "en").split("\n");
    const verdict = en.indexOf("verdict: star kept");
    expect(en[verdict + 1]).toBe("  Star kept: no item scored 0");
    expect(en.slice(-2)).toEqual(["warnings:", "  - [SECTION_MISSING] /ecr: no ECR data was given"]);
    expect(renderScoreCard(withBoth, "zh")).toContain("警告:\n  - [SECTION_MISSING] /ecr: 未提供 ECR 数据");
    const brief = renderScoreCard(withBoth, "en", { brief: true });
    expect(brief).not.toContain("Star kept: no item scored 0");
    expect(brief).toContain("  - [SECTION_MISSING] /ecr: no ECR data was given");
    // without warnings, no warnings block
    expect(renderScoreCard({ ...assessment, warnings: [] }, "en")).not.toContain("warnings:");
  });

  it("marks a warning step, which does not change the score", () => {
    const step = { rule: "major-projects.not-major" as const, clause: "2.major-project" as const, warning: true as const, message: { zh: "不在重大项目清单", en: "not a major project" }, figures: { project: "P", product: "X", seats: 1, products: "WorkSpace", minSeats: 200 } };
    expect(stepText(step, "en")).toBe("note: not a major project");
    expect(stepText(step, "zh")).toBe("注意: 不在重大项目清单");
    const { warning: _warning, ...plain } = step;
    expect(stepText(plain, "en")).toBe("not a major project");
  });
});
