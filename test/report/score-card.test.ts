import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessQuarter } from "../../src/index.js";
import { renderScoreCard } from "../../src/report/score-card.js";

const fixture = (name: string) => assessQuarter(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", name), "utf8")));

describe("score card", () => {
  it("lists every item with score, max and clause, the adjustment, the total and a kept star (en)", () => {
    // 13-no-major-projects: 30 (n/a) + 25 (n/a) + 9 + 15 (n/a) + 20 (n/a) + 0 = 99
    const card = renderScoreCard(fixture("13-no-major-projects.json"), "en");
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
    // 12-blacklist-below-70: 14 + 5 + 0.5 + 0 + 5 − 18 = 6.5, 2025-Q4 → effective 2026-01-01
    const card = renderScoreCard(fixture("12-blacklist-below-70.json"), "zh");
    expect(card).toMatch(/关键事件加减分\s+-18\s+3\.2\.6/);
    expect(card).toContain("结论: 加入黑名单 (生效 2026-01-01)");
    expect(card.match(/^ {2}- \[/gm)).toHaveLength(4);
  });

  it("shows the return date of a one-quarter downgrade and the reapply date after a low total", () => {
    expect(renderScoreCard(fixture("09-falsified-with-item-zero.json"), "en")).toContain("verdict: downgrade (effective 2025-01-01, restores 2025-04-01)");
    expect(renderScoreCard(fixture("06-just-below-69-99.json"), "en")).toContain("verdict: downgrade (effective 2025-10-01, may reapply 2026-01-01)");
    expect(renderScoreCard(fixture("01-all-clear.json"), "en")).toMatch(/key-event adjustment\s+\+2/);
  });
});
