import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema as standingJsonSchema } from "../../src/json-schema/json-schema.js";
import { today } from "../../src/cli/standing.js";
import { cli, root } from "./run-cli.js";

const fixture = (name: string) => JSON.parse(readFileSync(join(root, "fixtures", "standing", name), "utf8")) as Record<string, unknown>;
const file = (content: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), "star-standing-")), "input.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const recordFile = file(fixture("02-declared-departure-unfilled.json").record);

describe("star-assessment standing", () => {
  it("prints the standing as JSON, the same as the fixture's expectation without messages", () => {
    const { code, out } = cli(["standing", recordFile, "--as-of", "2024-10-10", "--format", "json"]);
    expect(code).toBe(0);
    const standing = JSON.parse(out) as { status: string; since: string; findings: { code: string; message: { zh: string } }[] };
    expect(standing).toMatchObject({ status: "downgraded", since: "2024-10-06" });
    expect(standing.findings.map((finding) => finding.code)).toEqual(["DEPARTURE_UNFILLED"]);
    expect(standing.findings[0]?.message.zh).toBe("四.2.1.a:E-2 离职后未在 2024-10-05 前补充到位,降级,直至重新执行认证流程");
  });

  it("a table in Chinese", () => {
    const { code, out } = cli(["standing", recordFile, "--as-of", "2024-10-10", "--format", "table", "--lang", "zh"]);
    expect(code).toBe(0);
    expect(out).toContain("P-0102 · 星级状态 · 查询日 2024-10-10\n状态: 降级 (起始 2024-10-06)\n当前有效:\n  2024-10-06 → …  [4.2.1.a]");
    expect(out).toContain("  2025-01-09  [7.3] 资质即将到期开始");
  });

  it("Markdown with a Mermaid Gantt chart of the status periods, the findings and the due dates", () => {
    const { code, out } = cli(["standing", recordFile, "--as-of", "2024-10-10", "--format", "markdown", "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("**status: downgraded** (since 2024-10-06)");
    expect(out).toContain(
      [
        "```mermaid",
        "gantt",
        "    title P-0102 standing as of 2024-10-10",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y-%m",
        "    section Status",
        "    starred :done, s0, 2024-05-10, 2024-10-06",
        "    downgraded :crit, s1, 2024-10-06, 2024-10-11",
        "    section Findings",
        "    grace to fill a departure E-2 :f0, 2024-08-05, 2024-10-06",
        "    departure to report E-2 :f1, 2024-08-05, 2024-08-07",
        // open-ended: a month past the last date shown (2027-04-01 + 30 days)
        "    departure not filled E-2 :crit, f2, 2024-10-06, 2027-05-01",
        "    section Due dates",
        "    departure to report E-2 due :milestone, m0, 2024-08-08, 0d",
        "    grace to fill a departure E-2 due :milestone, m1, 2024-10-05, 0d",
      ].join("\n"),
    );
    expect(out).toContain("| DEPARTURE_UNFILLED | 4.2.1.a | 2024-10-06 | open |  |");
  });

  it("without --as-of the standing is for today's date where the CLI runs", () => {
    const { code, out } = cli(["standing", recordFile, "--format", "json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { asOf: string }).asOf).toBe(today());
    expect(today(new Date(2024, 9, 1, 23, 59))).toBe("2024-10-01");
  });

  it("--calendar chinese-days: 国庆 moves the report's due date from 2024-10-02 to 2024-10-08", () => {
    const national = file(fixture("04-national-day-declaration.json").record);
    const dueOn = (args: string[]) => {
      const { history } = JSON.parse(cli(["standing", national, "--as-of", "2024-10-10", "--format", "json", ...args]).out) as { history: { code: string; dueOn?: string }[] };
      return history.filter((finding) => finding.code.startsWith("DEPARTURE_DECLAR")).map((finding) => [finding.code, finding.dueOn]);
    };
    expect(dueOn(["--calendar", "chinese-days"])).toEqual([["DEPARTURE_DECLARATION_DUE", "2024-10-08"]]);
    // Monday to Friday: due 2024-10-02, and the report of 2024-10-08 was late
    expect(dueOn([])).toEqual([
      ["DEPARTURE_DECLARATION_DUE", "2024-10-02"],
      ["DEPARTURE_DECLARED_LATE", "2024-10-02"],
    ]);
    expect(dueOn(["--calendar", "monday-to-friday"])).toEqual(dueOn([]));
  });

  it("reads stdin with -", () => {
    const { code, out } = cli(["standing", "-", "--as-of", "2024-10-10", "--format", "json"], { input: JSON.stringify(fixture("01-starred-team.json").record) });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { status: string }).status).toBe("starred");
  });

  it.each([
    [["standing", "RECORD", "--as-of", "2024-02-30"], "argument '2024-02-30' is invalid"],
    [["standing", "RECORD", "--format", "pdf"], "argument 'pdf' is invalid"],
    [["standing"], "missing required argument 'record'"],
  ])("a usage error exits 2: %j", (args, message) => {
    const { code, err } = cli(args.map((arg) => (arg === "RECORD" ? recordFile : arg)));
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it("bad input exits 2 with each problem and its path, in the chosen language", () => {
    const bad = file({ partner: { id: "P" }, engineers: [{ id: "E-1", roles: ["technical-manager"], joinedOn: "2024-05-01", leftOn: "2024-04-01" }] });
    const { code, out, err } = cli(["standing", bad, "--as-of", "2024-10-10", "--lang", "zh"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`${bad}: /engineers/0/leftOn: 离职日期 leftOn 2024-04-01 早于入职日期 joinedOn 2024-05-01\n`);
  });

  it("a file that is not JSON, or missing, exits 2", () => {
    expect(cli(["standing", file("{ nope"), "--as-of", "2024-10-10"]).code).toBe(2);
    expect(cli(["standing", join(tmpdir(), "no-such-record.json"), "--as-of", "2024-10-10"]).code).toBe(2);
  });

  it("--help says the exit codes and exits 0", () => {
    const { code, out } = cli(["standing", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("Exit codes: 0 done; 2 bad input or a usage error");
  });
});

describe("star-assessment eligibility", () => {
  const application = file(fixture("05-eligibility-month-end.json").application);
  it("prints each requirement; the table marks met ✓ and unmet ✗ with the day waiting would cure it", () => {
    const { code, out } = cli(["eligibility", application, "--format", "table", "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("eligibility · 2025-01-31: not eligible");
    expect(out).toContain("  ✗ [7.1] NO_SANCTION: 7.1 / 7.6: found by H3C on 2024-03-15; no application accepted before 2025-03-15 (passes from 2025-03-15)");
    expect(out).toContain("  ✓ [1.certified-engineers] CERTIFIED_ENGINEERS:");
  });
  it("Markdown and JSON", () => {
    expect(cli(["eligibility", application, "--format", "markdown", "--lang", "zh"]).out).toContain("| SOCIAL_SECURITY | 6.process | 否 | 2025-03-31 |");
    expect((JSON.parse(cli(["eligibility", application, "--format", "json"]).out) as { eligible: boolean }).eligible).toBe(false);
  });
  it("bad input exits 2", () => {
    expect(cli(["eligibility", file({ appliedOn: "2024-09-30" })]).code).toBe(2);
  });
});

describe("star-assessment schedule", () => {
  const progress = file({ appliedOn: "2024-09-02", reviewedOn: "2024-09-06", interviews: [{ on: "2024-09-10", passed: false }] });
  it("each step's due date; late steps; the next interview", () => {
    const { code, out } = cli(["schedule", progress, "--format", "table", "--lang", "en"]);
    expect(code).toBe(0);
    // applied Mon 09-02: review due Thu 09-05, answered Fri 09-06 (late); interview due 5 after 09-06 → Fri 09-13
    expect(out).toContain("  ✗ 6: HQ review due by 2024-09-05; done on 2024-09-06 (late)");
    expect(out).toContain("  · 6: interview due by 2024-09-13; not done yet");
    expect(out).toContain("6.3: the first interview failed on 2024-09-10; the next interview from 2024-11-10");
  });
  it("--calendar chinese-days across 春节", () => {
    const springFestival = file(fixture("06-schedule-spring-festival.json").progress);
    const { steps } = JSON.parse(cli(["schedule", springFestival, "--calendar", "chinese-days", "--format", "json"]).out) as { steps: { dueOn: string }[] };
    expect(steps.map((step) => step.dueOn)).toEqual(["2025-02-05", "2025-02-12", "2025-02-19", "2025-02-21"]);
  });

  it("Markdown draws the steps as a Gantt chart", () => {
    const { out } = cli(["schedule", progress, "--format", "markdown", "--lang", "en"]);
    expect(out).toContain("```mermaid\ngantt\n    dateFormat YYYY-MM-DD");
    expect(out).toContain("    6  HQ review due by 2024-09-05 :crit, t0, 2024-09-02, 2024-09-07");
    expect(out).toContain("| review | 2024-09-05 | 2024-09-06 | yes |");
    expect(out).toContain("next interview from: 2024-11-10");
  });
  it("bad input exits 2", () => {
    expect(cli(["schedule", file({ appliedOn: "2024-09-02", finalOn: "2024-09-01" })]).code).toBe(2);
  });
});

describe("star-assessment check fixtures/standing", () => {
  it("passes the shipped standing fixtures", () => {
    const { code, out } = cli(["check", "fixtures/standing"]);
    expect(code).toBe(0);
    expect(out.trim().split("\n").at(-1)).toBe("6 passed, 0 failed");
  });

  it("a changed date is a mismatch, exit 1", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-check-standing-"));
    cpSync(join(root, "fixtures", "standing"), folder, { recursive: true });
    const expectedFile = join(folder, "02-declared-departure-unfilled.expected.json");
    const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as { since: string };
    expected.since = "2024-10-05";
    writeFileSync(expectedFile, JSON.stringify(expected));
    const { code, out } = cli(["check", folder]);
    expect(code).toBe(1);
    expect(out).toContain("/since: expected \"2024-10-05\", got \"2024-10-06\"");
  });

  it("an unknown calendar is reported as an input error: not checked, exit 2", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-check-standing-"));
    writeFileSync(join(folder, "x.json"), JSON.stringify({ calendar: "mars", progress: { appliedOn: "2024-09-02" } }));
    writeFileSync(join(folder, "x.expected.json"), "{}");
    const { code, out } = cli(["check", folder]);
    expect(code).toBe(2);
    expect(out).toContain('(not checked)\n    /calendar: unknown calendar "mars"');
  });

  it("a record with a bad date is reported with its path", () => {
    const folder = mkdtempSync(join(tmpdir(), "star-check-standing-"));
    writeFileSync(join(folder, "x.json"), JSON.stringify({ asOf: "2024-10-10", record: { partner: { id: "P" }, certifications: [{ certifiedOn: "2024-02-30" }] } }));
    writeFileSync(join(folder, "x.expected.json"), "{}");
    expect(cli(["check", folder]).out).toContain("/certifications/0/certifiedOn");
  });
});

describe("the shipped JSON Schemas of the standing inputs", () => {
  it.each(["standing-record", "application", "certification-progress"] as const)("schemas/%s.schema.json is what the zod schema generates (run `npm run schemas`)", (name) => {
    expect(JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8"))).toEqual(standingJsonSchema(name));
    expect(JSON.parse(cli(["schema", name]).out)).toEqual(standingJsonSchema(name));
  });
});
