import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  it("creates the folders of --junit, and still writes the report when values differ", () => {
    const folder = copyOfFixtures();
    const file = join(folder, "05-exact-70-passes.expected.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), total: 1 }));
    const report = join(folder, "reports", "ci", "star-assessment.xml");
    const { code } = cli(["check", folder, "--junit", report]);
    expect(code).toBe(1);
    expect(readFileSync(report, "utf8")).toContain('<testsuites tests="16" failures="1" errors="0"');
  });

  it("reports a --junit path it cannot write, with the path, and exits 2", () => {
    const folder = copyOfFixtures();
    const report = join(folder, "01-all-clear.json", "report.xml"); // under a file
    const { code, err } = cli(["check", folder, "--junit", report]);
    expect(code).toBe(2);
    expect(err).toBe(`${report}: cannot write: a file of that name is in the way (EEXIST)\n`);
  });
});

describe("star-assessment check never passes on nothing", () => {
  it("exits 2, saying why, on an empty folder", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-check-empty-"));
    const { code, out, err } = cli(["check", folder]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`nothing to check in ${folder}: no partner-quarter X.json with an X.expected.json beside it. Put the quarters there and write their expectations with --update.\n`);
  });

  it("says so in the --junit report too, as a test case that could not run", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-check-empty-"));
    const report = join(folder, "reports", "star-assessment.xml");
    expect(cli(["check", folder, "--junit", report]).code).toBe(2);
    const xml = readFileSync(report, "utf8");
    expect(xml).toContain('<testsuites tests="1" failures="0" errors="1"');
    expect(xml).toContain(`<testcase classname="star-assessment check" name="${folder}" time="0.000">\n      <error message="not checked">nothing to check in ${folder}: `);
  });

  it("exits 2 on the fixtures root, naming the sub-folders (they are not searched)", () => {
    const { code, err } = cli(["check", "fixtures"]);
    expect(code).toBe(2);
    expect(err).toContain("name the one that holds the quarters (fixtures/batch, fixtures/invalid, fixtures/quarters, fixtures/standing)");
    expect(cli(["check", "fixtures", "--lang", "zh"]).err).toContain("fixtures 中没有可检查的内容");
  });

  it("reports every input without its expectation (never committed) and exits 2", () => {
    const folder = copyOfFixtures();
    for (const name of ["01-all-clear", "02-deadline-day-ecr-8pct"]) rmSync(join(folder, `${name}.expected.json`));
    const { code, out } = cli(["check", folder]);
    expect(code).toBe(2);
    expect(out).toContain(`✗ ${join(folder, "01-all-clear.json")} (not checked)\n    no expectation ${join(folder, "01-all-clear.expected.json")} beside it: write it with --update`);
    expect(out).toContain(`✗ ${join(folder, "02-deadline-day-ecr-8pct.json")} (not checked)`);
    expect(out.trim().split("\n").at(-1)).toBe("14 passed, 0 failed, 2 not checked");
    // with only expectations and no inputs at all, each one is reported too
    const orphans = mkdtempSync(join(tmpdir(), "star-check-orphans-"));
    cpSync(join(root, "fixtures", "quarters", "03-late-missing-reports.expected.json"), join(orphans, "03.expected.json"));
    const alone = cli(["check", orphans]);
    expect(alone.code).toBe(2);
    expect(alone.out).toContain(`✗ ${join(orphans, "03.expected.json")} (not checked)\n    an expectation without its input: ${join(orphans, "03.json")} is missing`);
  });

  it("--update writes a missing expectation and says so; the folder then passes", () => {
    const folder = copyOfFixtures();
    const expected = join(folder, "10-falsified-only.expected.json");
    const original = JSON.parse(readFileSync(expected, "utf8")) as Record<string, unknown>;
    rmSync(expected);
    const { code, out } = cli(["check", folder, "--update"]);
    expect(code).toBe(0);
    expect(out).toContain(`wrote ${expected}: read it against the policy before you commit it`);
    const written = JSON.parse(readFileSync(expected, "utf8")) as Record<string, unknown>;
    expect(written.total).toBe(original.total);
    expect(cli(["check", folder]).code).toBe(0);
  });
});

describe("star-assessment check: errors a person can act on", () => {
  it("names a malformed expected file with the line and column of the mistake, and exits 2", () => {
    const folder = copyOfFixtures();
    writeFileSync(join(folder, "04-few-simple-calls-below-70.expected.json"), '{\n  "total": 62,\n}\n');
    const { code, out } = cli(["check", folder]);
    expect(code).toBe(2);
    expect(out).toContain(
      `✗ ${join(folder, "04-few-simple-calls-below-70.json")} (not checked)\n    ${join(folder, "04-few-simple-calls-below-70.expected.json")}: JSON syntax error at line 3, column 1, at "}": a key in double quotes is expected`,
    );
    writeFileSync(join(folder, "04-few-simple-calls-below-70.expected.json"), "[]");
    expect(cli(["check", folder]).out).toContain("04-few-simple-calls-below-70.expected.json: an expectation must be a JSON object");
  });

  it("reports a missing path and stdin (-) with exit 2 and no stack trace", () => {
    const missing = cli(["check", "fixtures/no-such-folder"]);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain("✗ fixtures/no-such-folder (not checked)\n    fixtures/no-such-folder: cannot read: no such file or folder (ENOENT)");
    expect(`${missing.out}${missing.err}`).not.toMatch(/\n\s+at /);
    const stdin = cli(["check", "-"], { input: "{}" });
    expect(stdin.code).toBe(2);
    expect(stdin.err).toContain("it cannot read stdin (-)");
  });

  it("reads inputs and expectations with a UTF-8 byte-order mark", () => {
    const folder = copyOfFixtures();
    for (const name of ["06-just-below-69-99.json", "06-just-below-69-99.expected.json"]) {
      writeFileSync(join(folder, name), `\uFEFF${readFileSync(join(folder, name), "utf8")}`);
    }
    expect(cli(["check", join(folder, "06-just-below-69-99.json")]).out).toBe(`✓ ${join(folder, "06-just-below-69-99.json")}\n\n1 passed, 0 failed\n`);
  });
});

describe("star-assessment check takes every input shape score takes", () => {
  it("a single file, or its expectation file", () => {
    const file = "fixtures/quarters/09-falsified-with-item-zero.json";
    expect(cli(["check", file]).out).toBe(`✓ ${file}\n\n1 passed, 0 failed\n`);
    expect(cli(["check", "fixtures/quarters/09-falsified-with-item-zero.expected.json"]).out).toBe(`✓ ${file}\n\n1 passed, 0 failed\n`);
  });

  it("a JSON array of quarters, with an array of expectations (written by --update, compared item by item)", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-check-array-"));
    const quarter = (name: string) => JSON.parse(readFileSync(join(root, "fixtures", "quarters", name), "utf8")) as unknown;
    writeFileSync(join(folder, "pair.json"), JSON.stringify([quarter("01-all-clear.json"), quarter("07-item-zero-ecr.json")]));
    expect(cli(["check", folder, "--update"]).out).toContain(`wrote ${join(folder, "pair.expected.json")}`);
    const expectations = JSON.parse(readFileSync(join(folder, "pair.expected.json"), "utf8")) as { total: number }[];
    // 01: 101 (see its _why); 07: 27.33 + 13.33 + 9.75 + 0 + 20 + 1 = 71.41
    expect(expectations.map((expectation) => expectation.total)).toEqual([101, 71.41]);
    expect(cli(["check", folder]).code).toBe(0);
    writeFileSync(join(folder, "pair.expected.json"), JSON.stringify([expectations[0], { ...expectations[1], total: 70 }]));
    const changed = cli(["check", folder]);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain("    /1/total: expected 70, got 71.41");
    writeFileSync(join(folder, "pair.expected.json"), JSON.stringify([expectations[0]]));
    expect(cli(["check", folder]).out).toContain("pair.expected.json: 1 expectation(s) for 2 quarter(s)");
  });
});

describe("star-assessment check --lang zh", () => {
  it("writes every line in Chinese: results, differences and the summary", () => {
    const folder = copyOfFixtures();
    const file = join(folder, "05-exact-70-passes.expected.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), total: 69.99 }));
    rmSync(join(folder, "01-all-clear.expected.json"));
    const { code, out } = cli(["check", folder, "--lang", "zh"]);
    expect(code).toBe(2);
    expect(out).toContain(`✗ ${join(folder, "05-exact-70-passes.json")}\n    /total:应为 69.99,实为 70`);
    expect(out).toContain(`✗ ${join(folder, "01-all-clear.json")}(未能检查)\n    旁边没有预期结果`);
    expect(out.trim().split("\n").at(-1)).toBe("14 个通过,1 个失败,1 个未能检查");
    expect(existsSync(join(folder, "01-all-clear.expected.json"))).toBe(false);
    mkdirSync(join(folder, "empty"));
    expect(cli(["check", join(folder, "empty")], { lang: "zh_CN.UTF-8" }).err).toContain("中没有可检查的内容");
  });
});

