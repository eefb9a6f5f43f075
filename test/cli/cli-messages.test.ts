import { describe, expect, it } from "vitest";
import type { Sentences } from "../../src/messages/bilingual.js";
import type { CliFigures } from "../../src/messages/cli.js";
import { enCli } from "../../src/messages/en/cli.js";
import { enFiles } from "../../src/messages/en/files.js";
import type { FilesFigures, JsonSyntaxProblem } from "../../src/messages/files.js";
import { zhCli } from "../../src/messages/zh/cli.js";
import { zhFiles } from "../../src/messages/zh/files.js";

// One set of figures for every sentence of the command line's tables, so each sentence is written in
// both languages here (the CLI's own tests run it as a child process, out of coverage's sight).
const CLI: { readonly [Key in keyof CliFigures]: CliFigures[Key] } = {
  PROGRAM: undefined,
  PROGRAM_AFTER: undefined,
  SCORE: undefined,
  SCORE_PATHS: undefined,
  SCORE_FORMAT: undefined,
  SCORE_JSON: undefined,
  SCORE_BRIEF: undefined,
  SCORE_FAIL_ON_DOWNGRADE: undefined,
  SCORE_AFTER: undefined,
  CHECK: undefined,
  CHECK_PATHS: undefined,
  CHECK_UPDATE: undefined,
  CHECK_JUNIT: undefined,
  CHECK_AFTER: undefined,
  SCHEMA: undefined,
  SCHEMA_NAME: undefined,
  SCHEMA_AFTER: undefined,
  POLICY: undefined,
  POLICY_AFTER: undefined,
  FIELDS: undefined,
  FIELDS_AFTER: undefined,
  BATCH: undefined,
  BATCH_INPUT: undefined,
  BATCH_OUTPUT: undefined,
  BATCH_INPUT_FORMAT: undefined,
  BATCH_OUTPUT_FORMAT: undefined,
  BATCH_ENCODING: undefined,
  BATCH_JOBS: undefined,
  BATCH_AFTER: undefined,
  STANDING: undefined,
  STANDING_FILE: undefined,
  STANDING_FORMAT: undefined,
  STANDING_CALENDAR: undefined,
  STANDING_AS_OF: undefined,
  STANDING_AFTER: undefined,
  CALENDAR_DATE: undefined,
  ELIGIBILITY: undefined,
  ELIGIBILITY_AFTER: undefined,
  SCHEDULE: undefined,
  SCHEDULE_AFTER: undefined,
  HEADROOM: undefined,
  HEADROOM_AFTER: undefined,
  PLAN: undefined,
  PLAN_CALLS: undefined,
  PLAN_ONLINE: undefined,
  PLAN_OFFLINE: undefined,
  PLAN_AFTER: undefined,
  WHAT_IF: undefined,
  WHAT_IF_FILE: undefined,
  WHAT_IF_SET: undefined,
  WHAT_IF_AFTER: undefined,
  LANG: undefined,
  HELP: undefined,
  HELP_COMMAND: undefined,
  VERSION: undefined,
  HELP_TITLE: { title: "Options:" },
  HELP_USAGE: { usage: "star-assessment [options] [command]" },
  HELP_EXTRA: { choices: ["zh", "en"], defaultValue: "en" },
  HELP_HINT: undefined,
  UNKNOWN_OPTION: { option: "--frmat", suggestion: "--format" },
  UNKNOWN_COMMAND: { command: "scor", suggestion: null },
  MISSING_ARGUMENT: { argument: "paths" },
  OPTION_MISSING_ARGUMENT: { option: "--format <format>" },
  INVALID_VALUE: { kind: "argument", name: "name", value: "policy", reason: "…" },
  NOT_ONE_OF: { choices: ["input", "assessment"] },
  EXCESS_ARGUMENTS: { command: "policy", expected: 0, received: 1 },
  WHOLE_NUMBER_AT_LEAST_ONE: undefined,
  CHECK_PASSED: { file: "q.json" },
  CHECK_FAILED: { file: "q.json" },
  CHECK_NOT_CHECKED: { file: "q.json" },
  CHECK_UPDATED: { file: "q.expected.json", changed: 2 },
  CHECK_WRITTEN: { file: "q.expected.json" },
  CHECK_SUMMARY: { passed: 3, failed: 1, notChecked: 2 },
  CHECK_NOTHING: { paths: ["q/"], folders: [] },
  CHECK_NO_EXPECTATION: { expected: "q.expected.json" },
  CHECK_NO_INPUT: { input: "q.json" },
  CHECK_EXPECTATION_SHAPE: { file: "q.expected.json", array: true },
  CHECK_COUNT_DIFFERS: { file: "q.expected.json", expected: 1, received: 2 },
  CHECK_STDIN: undefined,
  DIFFERENCE: { pointer: "/total", expected: "70", actual: null },
  JUNIT_FAILURE: { count: 2 },
  JUNIT_ERROR: undefined,
  BATCH_ROW: { source: "q.csv", row: 4, problem: "…" },
  BATCH_PROGRESS: { rows: 10000 },
  BATCH_SUMMARY: { source: "q.csv", rows: 5, scored: 4, failed: 1 },
};

// The other side of each choice a sentence makes.
const CLI_OTHER: { readonly [Key in keyof CliFigures]: CliFigures[Key] } = {
  ...CLI,
  HELP_EXTRA: { choices: null, defaultValue: null },
  UNKNOWN_OPTION: { option: "--x", suggestion: null },
  UNKNOWN_COMMAND: { command: "scor", suggestion: "score" },
  INVALID_VALUE: { kind: "option", name: "--format <format>", value: "xml", reason: "…" },
  CHECK_SUMMARY: { passed: 3, failed: 0, notChecked: 0 },
  CHECK_NOTHING: { paths: ["q/"], folders: ["q/a", "q/b"] },
  CHECK_EXPECTATION_SHAPE: { file: "q.expected.json", array: false },
  DIFFERENCE: { pointer: "/total", expected: null, actual: "70" },
};

const PROBLEMS: readonly JsonSyntaxProblem[] = [
  "VALUE_EXPECTED", "PROPERTY_NAME_EXPECTED", "COLON_EXPECTED", "COMMA_EXPECTED", "CLOSE_BRACE_EXPECTED", "CLOSE_BRACKET_EXPECTED",
  "END_EXPECTED", "COMMENT", "UNTERMINATED_STRING", "BAD_NUMBER", "BAD_ESCAPE", "CONTROL_CHARACTER", "UNEXPECTED_CHARACTER", "STRANGE_SPACE", "EMPTY", "OTHER",
];
const FILES: readonly { readonly [Key in keyof FilesFigures]: FilesFigures[Key] }[] = [
  {
    AT: { path: "q.json", text: "…" },
    FILE_PROBLEM: { action: "read", code: "ENOENT", detail: "ENOENT: no such file" },
    JSON_SYNTAX: { problem: "COMMA_EXPECTED", line: 3, column: 1, found: "}" },
    CSV_RECORD: { code: "CSV_QUOTE_NOT_CLOSED", line: 7, detail: "Quote Not Closed" },
    ENCODING_GUESSED: { path: "q.csv" },
    UNREADABLE_CHARACTERS: undefined,
    NO_HEADER: undefined,
  },
  ...PROBLEMS.map((problem) => ({
    AT: { path: "q.json", text: "…" },
    FILE_PROBLEM: { action: "write" as const, code: null, detail: "…" },
    JSON_SYNTAX: { problem, line: 1, column: 2, found: null },
    CSV_RECORD: { code: "CSV_SOMETHING_NEW", line: 1, detail: "Something" },
    ENCODING_GUESSED: { path: "q.csv" },
    UNREADABLE_CHARACTERS: undefined,
    NO_HEADER: undefined,
  })),
  {
    AT: { path: "q.json", text: "…" },
    FILE_PROBLEM: { action: "write", code: "EWHATEVER", detail: "EWHATEVER: strange" },
    JSON_SYNTAX: { problem: "OTHER", line: 1, column: 1, found: "x" },
    CSV_RECORD: { code: "CSV_INVALID_CLOSING_QUOTE", line: 2, detail: "Invalid Closing Quote" },
    ENCODING_GUESSED: { path: "q.csv" },
    UNREADABLE_CHARACTERS: undefined,
    NO_HEADER: undefined,
  },
];

/** What is left of a Chinese sentence once its names are taken out: flags, codes, file names, placeholders, formats. */
const english = (text: string) =>
  text
    .replace(/\$ .*/g, "")
    .replace(/'[^']*'/g, "")
    .replace(/(\/[\w-]+)+/g, "")
    .replace(/(-{1,2}[a-z-]+|<[a-z.]+>|star-assessment|[\w./-]+\.(json|md|csv|jsonl|xml)|X\.json|X\.expected\.json|_why|\[[a-z]+\])/g, "")
    .replace(/\b(JSON Schema|JSON Pointer|JSON|JSONL|CSV|UTF-8|GB18030|Excel|JUnit XML|CI|GitLab|Jenkins|Markdown|draft|LANG|auto|utf8|gb18030|gbk|table|markdown|json|csv|jsonl|zh|en|input|assessment|score|check|true|false|null|ENOENT|EWHATEVER|CSV_[A-Z_]+|Options|Something|strange|gitlab|Mermaid|YYYY|MM|DD|chinese|days)\b/g, "")
    .match(/[A-Za-z]{3,}/g);

const each = <Figures>(zh: Sentences<Figures>, en: Sentences<Figures>, figures: { readonly [Key in keyof Figures]: Figures[Key] }) =>
  (Object.keys(figures) as (keyof Figures)[]).map((key) => ({ key, zh: zh[key](figures[key]), en: en[key](figures[key]) }));

describe("the command line's sentences", () => {
  it("every one is written in both languages, the Chinese one wholly Chinese apart from names and codes", () => {
    const written = [...each(zhCli, enCli, CLI), ...each(zhCli, enCli, CLI_OTHER), ...FILES.flatMap((figures) => each(zhFiles, enFiles, figures))];
    for (const sentence of written) {
      // only HELP_EXTRA may be empty (no choices, no default), in both languages
      if (sentence.key === "HELP_EXTRA" && sentence.en === "" && sentence.zh === "") continue;
      expect(sentence.en, String(sentence.key)).toMatch(/\S/);
      // the same in both: only names and marks (a file after ✓, a heading or usage commander wrote)
      if (!["HELP_EXTRA", "HELP_TITLE", "HELP_USAGE", "CHECK_PASSED", "CHECK_FAILED"].includes(String(sentence.key))) expect(sentence.zh, String(sentence.key)).not.toBe(sentence.en);
      expect(english(sentence.zh), `${String(sentence.key)}: ${sentence.zh}`).toBeNull();
    }
  });

  it("help headings and usage placeholders in Chinese; an unknown heading stays as commander wrote it", () => {
    expect(zhCli.HELP_TITLE({ title: "Usage:" })).toBe("用法:");
    expect(zhCli.HELP_TITLE({ title: "Something else:" })).toBe("Something else:");
    expect(zhCli.HELP_USAGE({ usage: "star-assessment score [options] <paths...>" })).toBe("star-assessment score [选项] <paths...>");
    expect(zhCli.HELP_EXTRA({ choices: null, defaultValue: null })).toBe("");
    expect(enCli.HELP_EXTRA({ choices: null, defaultValue: "auto" })).toBe(" (default: auto)");
  });

  it("a system error it has no words for keeps the system's own message", () => {
    expect(enFiles.FILE_PROBLEM({ action: "read", code: "EWHATEVER", detail: "EWHATEVER: strange" })).toBe("cannot read: EWHATEVER: strange (EWHATEVER)");
    expect(zhFiles.CSV_RECORD({ code: "CSV_SOMETHING_NEW", line: 3, detail: "x" })).toBe("CSV:无法解析的记录(第 3 行)");
  });
});
