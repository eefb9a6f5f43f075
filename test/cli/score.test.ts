import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Runs the built CLI (`npm test` builds first) as a user would.
const root = join(import.meta.dirname, "..", "..");
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], { cwd: root, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe("star-assessment score", () => {
  it("prints a score card with items, max, clauses, total and verdict reasons", () => {
    const { code, out, err } = cli("score", "fixtures/quarters/07-item-zero-ecr.json");
    expect(err).toBe("");
    expect(code).toBe(0);
    // 07: 27.33 + 13.33 + 9.75 + 0 + 20 + 1 = 71.41; ECR 18/100 > 16 % → 0 → ITEM_ZERO for 2026-Q1
    expect(out).toMatch(/ECR \(simple-question ratio\)\s+0\s+15\s+3\.2\.4/);
    expect(out).toMatch(/total\s+71\.41/);
    expect(out).toContain("verdict: downgrade (effective 2026-01-01, restores 2026-04-01)");
    expect(out).toContain('[4.1.a] 4.1.a: the item "ECR (simple-question ratio)" scored 0');
  });

  it("writes Chinese with --lang zh", () => {
    const { out } = cli("score", "fixtures/quarters/05-exact-70-passes.json", "--lang", "zh");
    // 05: 18.33 + 16.67 + 9 + 12 + 13 + 1 = 70.00, which passes 4.1.b
    expect(out).toMatch(/总分\s+70\n结论: 保持星级/);
  });

  it("prints JSON with --json", () => {
    const { code, out } = cli("score", "fixtures/quarters/04-few-simple-calls-below-70.json", "--json");
    expect(code).toBe(0);
    const assessment = JSON.parse(out) as { total: number; verdict: { reasons: { code: string }[]; reapplyFrom: string } };
    // 04: 23.5 + 12.5 + 7 + 15 + 3 + 1 = 62 < 70 in 2025-Q1 → reapply from 2025-07-01
    expect(assessment.total).toBe(62);
    expect(assessment.verdict.reasons.map((reason) => reason.code)).toEqual(["TOTAL_BELOW_THRESHOLD"]);
    expect(assessment.verdict.reapplyFrom).toBe("2025-07-01");
  });

  it("scores every fixture of a folder", () => {
    const { code, out } = cli("score", "fixtures/quarters");
    expect(code).toBe(0);
    expect(out.match(/^verdict: /gm)).toHaveLength(16);
  });

  it("exits 2 on bad input, naming the file and every JSON path, with no stack trace", () => {
    const { code, out, err } = cli("score", "fixtures/invalid/bad-counts.json", "fixtures/invalid/not-json.json");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("fixtures/invalid/bad-counts.json: /majorProjects/0/deadline: expected a real calendar date YYYY-MM-DD");
    expect(err).toContain('fixtures/invalid/bad-counts.json: /training: Unrecognized key: "ofline"');
    // the cross-field checks of the sections that are well formed are listed in the same pass
    expect(err).toContain("fixtures/invalid/bad-counts.json: /ecr/simpleCalls: simple calls (9) are more than all calls (5)");
    expect(err).toContain("fixtures/invalid/bad-counts.json: /training/online/completed: completed (5) is more than required (4)");
    expect(err).toContain("fixtures/invalid/not-json.json:");
    expect(err).not.toMatch(/\n\s+at /);
  });
});
