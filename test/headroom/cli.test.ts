import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planQuarter } from "../../src/index.js";
import { cli, root } from "../cli/run-cli.js";

// The headroom commands as a user runs them: the built CLI as a child process.

describe("star-assessment headroom", { timeout: 60_000 }, () => {
  it("prints each item as a bar with its nearest changes, and what would pass (--format table)", () => {
    const { code, out, err } = cli(["headroom", "fixtures/quarters/07-item-zero-ecr.json", "--format", "table"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("total 71.41: 1.41 above the 70 needed (4.1.b)");
    // 18/100 → 0; 16/100 = 16 % → 3
    expect(out).toContain("▲ /ecr/simpleCalls = 16: at 100 calls, 2 fewer simple calls (16, ECR 16%) score 3; total 74.41; the item leaves 0 (4.1.a)");
    expect(out).toContain("to pass: 1 reason on scores");
  });

  it("writes Chinese with --lang zh and Markdown with --format markdown", () => {
    const { out } = cli(["headroom", "fixtures/quarters/05-exact-70-passes.json", "--lang", "zh", "--format", "markdown"]);
    expect(out).toContain("### P-0105 · 2025-Q2 · cloud-desktop-2024");
    expect(out).toContain("总分 70,恰为 70 分,通过(四.1.b)");
    // "9.5%" → "10.01%" > 10 % → 9: 70 − 3 = 67
    expect(out).toContain("- ▼ /ecr/rate = 10.01%: ECR 由 9.5% 升至 10.01%,得 9 分;总分 67,低于 70 分:降级(四.1.b)");
  });

  it("prints JSON when piped: the headroom with its toPass; a folder gives an array", () => {
    const one = cli(["headroom", "fixtures/quarters/04-few-simple-calls-below-70.json"]);
    expect(one.code).toBe(0);
    const result = JSON.parse(one.out) as { total: number; margin: number; toPass: { reasons: { code: string; changes: { to: number }[] }[] } };
    // 62 lacks 8: online 7/9 → 9/9 lifts training 3 → 13
    expect([result.total, result.margin]).toEqual([62, -8]);
    expect(result.toPass.reasons[0]?.changes[0]?.to).toBe(9);
    expect(JSON.parse(cli(["headroom", "fixtures/quarters", "--format", "json"]).out)).toHaveLength(16);
  });

  it("reads stdin with -", () => {
    const input = readFileSync(join(root, "fixtures", "quarters", "13-no-major-projects.json"), "utf8");
    expect((JSON.parse(cli(["headroom", "-"], { input }).out) as { total: number }).total).toBe(99);
  });

  it("exits 2 on bad input, naming the file and the JSON path, and on a usage error", () => {
    const bad = cli(["headroom", "fixtures/invalid/bad-counts.json", "fixtures/no-such-file.json"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("fixtures/invalid/bad-counts.json: /ecr/simpleCalls: simple calls (9) are more than all calls (5)");
    expect(bad.err).toContain("fixtures/no-such-file.json: cannot read: no such file or folder (ENOENT)");
    expect(bad.err).not.toMatch(/\n\s+at /);
    expect(cli(["headroom"]).code).toBe(2);
    expect(cli(["headroom", "fixtures/quarters/01-all-clear.json", "--format", "csv"]).code).toBe(2);
    expect(cli(["headroom", "--help"]).out).toContain("$ star-assessment headroom fixtures/quarters/07-item-zero-ecr.json --format table");
  });
});

describe("star-assessment plan", { timeout: 60_000 }, () => {
  it("prints the bands for the expected volumes (--format table)", () => {
    const { code, out } = cli(["plan", "--calls", "120", "--online", "8", "--offline", "5", "--format", "table"]);
    expect(code).toBe(0);
    // ⌊8 × 120 / 100⌋ = 9; ⌈80 × 8 / 100⌉ = 7; 4/5 = 80 %
    expect(out).toContain("  x ≤ 8%             15  9");
    expect(out).toContain("  80% ≤ x < 100%       5  7");
    expect(out).toContain("  80% ≤ x < 100%       8  4");
  });

  it("prints JSON when piped, the same as planQuarter", () => {
    expect(JSON.parse(cli(["plan", "--calls", "50"]).out)).toEqual(planQuarter({ calls: 50 }));
  });

  it("Markdown in Chinese", () => {
    expect(cli(["plan", "--online", "8", "--format", "markdown", "--lang", "zh"]).out).toContain("#### 线上必修课(三.2.5),应完成 8 人");
  });

  it("exits 2 on a bad volume (naming the option) and on a usage error", () => {
    const bad = cli(["plan", "--calls", "abc", "--online", "-1"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("plan: --calls: ");
    expect(bad.err).toContain("plan: --online: ");
    const unknown = cli(["plan", "--cals", "120"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown option '--cals'");
    expect(cli(["plan", "--help"]).code).toBe(0);
  });
});

describe("star-assessment what-if", { timeout: 60_000 }, () => {
  it("prints both assessments' items and the verdict change (--format table); a value that is not JSON is text", () => {
    const { code, out } = cli(["what-if", "fixtures/quarters/07-item-zero-ecr.json", "--set", "/ecr/simpleCalls=16", "--set", "/satisfaction/0/outcome=一般", "--format", "table"]);
    expect(code).toBe(0);
    expect(out).toContain('  /satisfaction/0/outcome: "satisfied" → "一般"');
    // (10 + 25 + 0) / 3 = 11.67; ECR 0 → 3; 71.41 − 1.66 + 3 = 72.75
    expect(out).toMatch(/total\s+71\.41\s+72\.75\s+\+1\.34/);
    expect(out).toContain("verdict: downgrade → star kept");
  });

  it("prints JSON when piped, and Markdown in Chinese", () => {
    const result = JSON.parse(cli(["what-if", "fixtures/quarters/01-all-clear.json", "--set", "/ecr/simpleCalls=8"]).out) as { items: { ecr: { difference: number } }; total: { after: number } };
    // 8/90 = 8.89 % → 12: 101 − 3 = 98
    expect(result.items.ecr.difference).toBe(-3);
    expect(result.total.after).toBe(98);
    expect(cli(["what-if", "fixtures/quarters/01-all-clear.json", "--set", "/ecr/simpleCalls=8", "--format", "markdown", "--lang", "zh"]).out).toContain("| ECR(简单问题占比) | 15 | 12 | -3 |");
  });

  it("exits 2 on a bad change, a change that makes the input invalid, a folder, and a usage error", () => {
    const pointer = cli(["what-if", "fixtures/quarters/01-all-clear.json", "--set", "ecr=1"]);
    expect(pointer.code).toBe(2);
    expect(pointer.err).toContain('fixtures/quarters/01-all-clear.json: /changes/0/path: expected a JSON Pointer into the input such as "/ecr/simpleCalls", received "ecr"');
    const invalid = cli(["what-if", "fixtures/quarters/01-all-clear.json", "--set", "/ecr/simpleCalls=91"]);
    expect(invalid.err).toContain("/ecr/simpleCalls: simple calls (91) are more than all calls (90)");
    const folder = cli(["what-if", "fixtures/quarters", "--lang", "zh"]);
    expect(folder.code).toBe(2);
    expect(folder.err).toBe("fixtures/quarters:应为一个合作伙伴季度,找到 16 个\n");
    expect(cli(["what-if", "fixtures/no-such-file.json"]).err).toContain("ENOENT");
    expect(cli(["what-if"]).code).toBe(2);
  });
});
