import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./run-cli.js";

describe("star-assessment score", () => {
  it("prints a score card with items, max, clauses, total and verdict reasons (--format table)", () => {
    const { code, out, err } = cli(["score", "fixtures/quarters/07-item-zero-ecr.json", "--format", "table"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    // 07: 27.33 + 13.33 + 9.75 + 0 + 20 + 1 = 71.41; ECR 18/100 > 16 % → 0 → ITEM_ZERO for 2026-Q1
    expect(out).toMatch(/ECR \(simple-question ratio\)\s+0\s+15\s+3\.2\.4/);
    expect(out).toMatch(/total\s+71\.41/);
    expect(out).toContain("verdict: downgrade (effective 2026-01-01, restores 2026-04-01)");
    expect(out).toContain('[4.1.a] 4.1.a: the item "ECR (simple-question ratio)" scored 0');
  });

  it("writes Chinese with --lang zh, and by default when LANG is zh_CN", () => {
    // 05: 18.33 + 16.67 + 9 + 12 + 13 + 1 = 70.00, which passes 4.1.b
    expect(cli(["score", "fixtures/quarters/05-exact-70-passes.json", "--lang", "zh", "--format", "table"]).out).toMatch(/总分\s+70\n结论: 保持星级/);
    expect(cli(["score", "fixtures/quarters/05-exact-70-passes.json", "--format", "table"], { lang: "zh_CN.UTF-8" }).out).toMatch(/总分\s+70\n结论: 保持星级/);
  });

  it("prints Markdown with --format markdown", () => {
    const { out } = cli(["score", "fixtures/quarters/06-just-below-69-99.json", "--format", "markdown"]);
    // 06: 17.57 + 14.67 + 7.75 + 9 + 18 + 3 = 69.99 < 70
    expect(out).toContain("| **total** | **69.99** | | | |");
    expect(out).toContain("**verdict: downgrade (effective 2025-10-01, may reapply 2026-01-01)**");
    expect(out).toContain("- `4.1.b` 4.1.b: total 69.99 is below 70");
  });

  it("prints JSON when piped (the default off a terminal), one object for one quarter", () => {
    const { code, out } = cli(["score", "fixtures/quarters/04-few-simple-calls-below-70.json"]);
    expect(code).toBe(0);
    const assessment = JSON.parse(out) as { total: number; verdict: { reasons: { code: string }[]; reapplyFrom: string } };
    // 04: 23.5 + 12.5 + 7 + 15 + 3 + 1 = 62 < 70 in 2025-Q1 → reapply from 2025-07-01
    expect(assessment.total).toBe(62);
    expect(assessment.verdict.reasons.map((reason) => reason.code)).toEqual(["TOTAL_BELOW_THRESHOLD"]);
    expect(assessment.verdict.reapplyFrom).toBe("2025-07-01");
  });

  it("scores a folder (an array of 16 assessments) and reads stdin with -", () => {
    const folder = cli(["score", "fixtures/quarters", "--json"]);
    expect(folder.code).toBe(0);
    expect(JSON.parse(folder.out)).toHaveLength(16);
    const piped = cli(["score", "-"], { input: readFileSync(join(root, "fixtures", "quarters", "13-no-major-projects.json"), "utf8") });
    // 13: 30 + 25 + 9 + 15 + 20 + 0 = 99
    expect((JSON.parse(piped.out) as { total: number }).total).toBe(99);
  });

  it("exits 1 with --fail-on-downgrade when any verdict downgrades, 0 when none does", () => {
    expect(cli(["score", "fixtures/quarters/07-item-zero-ecr.json", "--fail-on-downgrade"]).code).toBe(1);
    expect(cli(["score", "fixtures/quarters/07-item-zero-ecr.json"]).code).toBe(0);
    expect(cli(["score", "fixtures/quarters/01-all-clear.json", "--fail-on-downgrade"]).code).toBe(0);
  });

  it("exits 2 on bad input, naming the file and every JSON path, with no stack trace", () => {
    const { code, err } = cli(["score", "fixtures/invalid/bad-counts.json", "fixtures/invalid/not-json.json", "fixtures/no-such-file.json"]);
    expect(code).toBe(2);
    expect(err).toContain('fixtures/invalid/bad-counts.json: /majorProjects/0/deadline: deadline (report deadline): expected a real calendar date YYYY-MM-DD, received "2024-09-31"');
    expect(err).toContain('fixtures/invalid/bad-counts.json: /training/ofline: unknown field "ofline"; did you mean "online"?');
    // the cross-field checks of the sections that are well formed are listed in the same pass
    expect(err).toContain("fixtures/invalid/bad-counts.json: /ecr/simpleCalls: simple calls (9) are more than all calls (5)");
    expect(err).toContain("fixtures/invalid/bad-counts.json: /training/online/completed: completed (5) is more than required (4)");
    expect(err).toMatch(/fixtures\/invalid\/not-json\.json: JSON syntax error at line \d+, column \d+/);
    expect(err).toContain("fixtures/no-such-file.json: cannot read: no such file or folder (ENOENT)");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("has --help with an example, and --version", () => {
    expect(cli(["score", "--help"]).out).toContain("$ star-assessment score fixtures/quarters --lang zh");
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"]).out.trim()).toBe(version);
  });
});

describe("star-assessment score: cards people can check", () => {
  it("shows each item's steps under its score (the arithmetic of 14.25), and --brief keeps the compact card", () => {
    const { code, out } = cli(["score", "fixtures/quarters/03-late-missing-reports.json", "--format", "table"]);
    expect(code).toBe(0);
    // (0 + 29 + 0 + 28) / 4 = 57 / 4 = 14.25
    expect(out).toMatch(/major-project delivery\s+14\.25\s+30\s+3\.2\.1\n {4}project MP-2404-01: [^\n]+\n(?: {4}[^\n]+\n){3} {4}4 major project\(s\), plain mean: 57 ÷ 4 = 14\.25\n/);
    const brief = cli(["score", "fixtures/quarters/03-late-missing-reports.json", "--format", "table", "--brief"]).out;
    expect(brief).not.toContain("plain mean");
    expect(brief.trim().split("\n")).toHaveLength(10);
    const markdown = cli(["score", "fixtures/quarters/03-late-missing-reports.json", "--format", "markdown", "--lang", "zh"]).out;
    expect(markdown).toMatch(/\| ↳ [^|]*57 ÷ 4 = 14\.25 \| \| \| \| \|/);
  });
});

describe("star-assessment score --format json: its shape, and nothing on bad input", () => {
  const temp = () => mkdtempSync(join(tmpdir(), "star-score-"));
  const quarter = (name: string) => readFileSync(join(root, "fixtures", "quarters", name), "utf8");

  it("an object for one file of one quarter; an array for a folder (even of one file), an array file, or several paths", () => {
    const folder = temp();
    cpSync(join(root, "fixtures", "quarters", "01-all-clear.json"), join(folder, "01.json"));
    expect(Array.isArray(JSON.parse(cli(["score", "--json", folder]).out))).toBe(true);
    expect(Array.isArray(JSON.parse(cli(["score", "--json", join(folder, "01.json")]).out))).toBe(false);
    writeFileSync(join(folder, "list.json"), `[${quarter("01-all-clear.json")}]`);
    expect(JSON.parse(cli(["score", "--json", join(folder, "list.json")]).out)).toHaveLength(1);
    expect(JSON.parse(cli(["score", "--json", join(folder, "01.json"), join(folder, "01.json")]).out)).toHaveLength(2);
  });

  it("bad input prints nothing on stdout (no []), or only the quarters that could be scored, and exits 2", () => {
    const single = cli(["score", "--json", "fixtures/invalid/bad-counts.json"]);
    expect(single.code).toBe(2);
    expect(single.out).toBe("");
    expect(cli(["score", "--json", "fixtures/invalid"]).out).toBe("");
    expect(cli(["score", "--json", "fixtures/no-such-file.json"]).out).toBe("");
    const mixed = cli(["score", "--json", "fixtures/invalid/bad-counts.json", "fixtures/quarters/13-no-major-projects.json"]);
    expect(mixed.code).toBe(2);
    // 13: 30 + 25 + 9 + 15 + 20 + 0 = 99
    expect((JSON.parse(mixed.out) as { total: number }[]).map((assessment) => assessment.total)).toEqual([99]);
  });
});

describe("star-assessment score: files as people have them", () => {
  it("reads JSON with a UTF-8 byte-order mark, from a file and from stdin", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-score-bom-"));
    const text = `\uFEFF${readFileSync(join(root, "fixtures", "quarters", "13-no-major-projects.json"), "utf8")}`;
    writeFileSync(join(folder, "q.json"), text);
    expect((JSON.parse(cli(["score", join(folder, "q.json")]).out) as { total: number }).total).toBe(99);
    expect((JSON.parse(cli(["score", "-"], { input: text }).out) as { total: number }).total).toBe(99);
  });

  it("says what is wrong with JSON and where, in Chinese with --lang zh", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-score-syntax-"));
    mkdirSync(join(folder, "in"));
    writeFileSync(join(folder, "in", "q.json"), '{\n  "partner": { "id": "P-1" },\n  "quarter": "2024-Q3",\n}\n');
    const { code, out, err } = cli(["score", join(folder, "in"), "--lang", "zh"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`${join(folder, "in", "q.json")}:JSON 语法错误,位于第 4 行第 1 列,"}" 处:此处应有双引号括起的键名(JSON 不允许 } 前的逗号,也不允许不带引号的键)\n`);
    expect(cli(["score", "nope.json", "--lang", "zh"]).err).toBe("nope.json:无法读取:文件或文件夹不存在(ENOENT)\n");
  });
});

