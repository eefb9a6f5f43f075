import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./run-cli.js";

/** A copy of the fixture quarters in a folder of its own, safe to break. */
function copyOfFixtures(): string {
  const folder = mkdtempSync(join(tmpdir(), "star-check-"));
  cpSync(join(root, "fixtures", "quarters"), folder, { recursive: true });
  return folder;
}

describe("star-assessment check", () => {
  it("passes the shipped fixtures and ends with a count line", () => {
    const { code, out } = cli(["check", "fixtures/quarters"]);
    expect(code).toBe(0);
    expect(out).toContain("✓ fixtures/quarters/16-half-up-rounding.json");
    expect(out.trim().split("\n").at(-1)).toBe("16 passed, 0 failed");
  });

  it("prints a readable diff for each mismatch and exits 1", () => {
    const folder = copyOfFixtures();
    const file = join(folder, "05-exact-70-passes.expected.json");
    const expected = JSON.parse(readFileSync(file, "utf8")) as { total: number; items: { ecr: { score: number } } };
    expected.total = 69.99;
    expected.items.ecr.score = 15;
    writeFileSync(file, JSON.stringify(expected));
    const { code, out } = cli(["check", folder]);
    expect(code).toBe(1);
    expect(out).toContain(`✗ ${join(folder, "05-exact-70-passes.json")}\n    /items/ecr/score: expected 15, got 12\n    /total: expected 69.99, got 70`);
    expect(out.trim().split("\n").at(-1)).toBe("15 passed, 1 failed");
  });

  it("counts an input that cannot be scored as not checked, and exits 2 (bad input)", () => {
    const folder = copyOfFixtures();
    writeFileSync(join(folder, "01-all-clear.json"), JSON.stringify({ partner: { id: "P" }, quarter: "2024-Q1" }));
    const { code, out } = cli(["check", folder]);
    expect(code).toBe(2);
    expect(out).toContain("01-all-clear.json (not checked)\n    /quarter: no policy in force for 2024-Q1");
    expect(out.trim().split("\n").at(-1)).toBe("15 passed, 0 failed, 1 not checked");
  });

  it("--update rewrites only what changed, keeps _why, and says which file changed", () => {
    const folder = copyOfFixtures();
    const file = join(folder, "07-item-zero-ecr.expected.json");
    const original = JSON.parse(readFileSync(file, "utf8")) as { _why: unknown; total: number };
    writeFileSync(file, JSON.stringify({ ...original, total: 1 }));
    const { code, out } = cli(["check", folder, "--update"]);
    expect(code).toBe(0);
    expect(out).toContain(`updated ${file} (1 value(s) changed)\n    /total: expected 1, got 71.41`);
    expect(out).not.toContain("updated " + join(folder, "01-all-clear.expected.json"));
    const rewritten = JSON.parse(readFileSync(file, "utf8")) as { _why: unknown; total: number };
    expect(rewritten._why).toEqual(original._why);
    expect(rewritten.total).toBe(71.41);
    expect(cli(["check", folder]).code).toBe(0);
  });

  it("--junit writes JUnit XML with a test case per fixture and the failure's diff", () => {
    const folder = copyOfFixtures();
    const file = join(folder, "02-deadline-day-ecr-8pct.expected.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), keyEventAdjustment: 5 }));
    const report = join(folder, "report.xml");
    expect(cli(["check", folder, "--junit", report]).code).toBe(1);
    const xml = readFileSync(report, "utf8");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites tests="16" failures="1" errors="0"/);
    expect(xml.match(/<testcase /g)).toHaveLength(16);
    expect(xml).toContain('<failure message="1 value(s) differ">/keyEventAdjustment: expected 5, got 0</failure>');
  });
});
