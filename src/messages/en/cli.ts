import type { Sentences } from "../bilingual.js";
import type { CliFigures } from "../cli.js";

const suggest = (suggestion: string | null) => (suggestion === null ? "" : ` (did you mean ${suggestion}?)`);

/** The command line's sentences in English. */
export const enCli: Sentences<CliFigures> = {
  PROGRAM: () => "Scores H3C Cloud Desktop star-partner quarters (云桌面服务资质认证 季度考核)",
  PROGRAM_AFTER: () =>
    "\nExit codes: 0 fine; 1 a downgrade with --fail-on-downgrade, or a check mismatch; 2 bad input or a usage error.\n\nExamples:\n  $ star-assessment score fixtures/quarters\n  $ star-assessment check fixtures/quarters --junit reports/star-assessment.xml\n  $ star-assessment batch quarters.csv -o scores.csv",
  SCORE: () => "score partner-quarter JSON files, folders of them, or stdin (-), and print each assessment",
  SCORE_PATHS: () => "JSON files (one partner-quarter, or an array of them), folders, or - for stdin",
  SCORE_FORMAT: () => "table on a terminal, JSON when piped",
  SCORE_JSON: () => "the same as --format json",
  SCORE_BRIEF: () => "the compact card: no steps under the scores (table and markdown)",
  SCORE_FAIL_ON_DOWNGRADE: () => "exit 1 when any verdict downgrades",
  SCORE_AFTER: () =>
    "\nExit codes: 0 scored; 1 a downgrade with --fail-on-downgrade; 2 bad input or a usage error.\nJSON output: one object for one file holding one quarter, else an array.\n\nExamples:\n  $ star-assessment score fixtures/quarters --lang zh\n  $ cat q.json | star-assessment score - --format json --fail-on-downgrade",
  CHECK: () => "compare each X.json with the X.expected.json beside it (numbers, reasons, dates)",
  CHECK_PATHS: () => "folders of partner-quarters with their expectations, or files (one quarter, or an array of them)",
  CHECK_UPDATE: () => "write the expectations that differ or are missing (notes such as _why are kept)",
  CHECK_JUNIT: () => "also write JUnit XML for CI (GitLab, Jenkins); its folder is created",
  CHECK_AFTER: () =>
    "\nExit codes: 0 every expectation matches; 1 a value differs; 2 nothing to check, an input without its\nexpectation (or the reverse), a file that cannot be read or scored, or a usage error.\n\nExample:\n  $ star-assessment check fixtures/quarters --junit reports/star-assessment.xml",
  SCHEMA: () => "print the JSON Schema (draft 2020-12) of the input or of the assessment",
  SCHEMA_NAME: () => "which schema",
  SCHEMA_AFTER: () => "\nExample:\n  $ star-assessment schema input > quarter-input.schema.json",
  POLICY: () => "print every number of the policy with its clause ID, as Markdown (docs/policy.md)",
  POLICY_AFTER: () => "\nExample:\n  $ star-assessment policy > policy.md",
  BATCH: () => "score one partner-quarter per CSV row or JSONL line, streaming (see docs/batch.md)",
  BATCH_INPUT: () => "a .csv or .jsonl file, or - for stdin",
  BATCH_OUTPUT: () => "where to write the scores: a .csv or .jsonl file (its folder is created), or - for stdout (the default)",
  BATCH_INPUT_FORMAT: () => "input format (default from the file name, else csv)",
  BATCH_OUTPUT_FORMAT: () => "output format (default from -o, else the input's)",
  BATCH_ENCODING: () => "the input's encoding; auto reads UTF-8, and GB18030 (Chinese Excel's CSV) when the bytes are not UTF-8",
  BATCH_JOBS: () => "scoring threads (default: the machine's cores)",
  BATCH_AFTER: () =>
    "\nExit codes: 0 every row scored; 2 some rows failed (each reported with its row number), the file cannot be\nread or written, or a usage error.\n\nExamples:\n  $ star-assessment batch quarters.csv -o scores.csv --lang zh\n  $ star-assessment batch quarters.jsonl > scores.jsonl",
  STANDING: () => "a partner's standing on a day: status, findings in force, history and the dates that fall due",
  STANDING_FILE: () => "a JSON file, or - for stdin",
  STANDING_FORMAT: () => "table on a terminal, JSON when piped; markdown draws a Mermaid Gantt chart",
  STANDING_CALENDAR: () => "working days: Monday to Friday, or China's with its holidays and make-up days (needs the package chinese-days)",
  STANDING_AS_OF: () => "the day asked about, YYYY-MM-DD (default: today)",
  STANDING_AFTER: () => "\nExit codes: 0 done; 2 bad input or a usage error (each problem on stderr with its JSON path).\n\nExamples:\n  $ star-assessment standing record.json --as-of 2024-10-10 --calendar chinese-days\n  $ star-assessment standing record.json --format markdown --lang zh > standing.md",
  CALENDAR_DATE: () => "a real calendar date YYYY-MM-DD",
  ELIGIBILITY: () => "whether an application meets each requirement of 一 / 六 / 七, and from when",
  ELIGIBILITY_AFTER: () => "\nExit codes: 0 done; 2 bad input or a usage error.\n\nExample:\n  $ star-assessment eligibility application.json --format table",
  SCHEDULE: () => "the certification process of 六: each step's latest date in working days, late steps, interview retries",
  SCHEDULE_AFTER: () => "\nExit codes: 0 done; 2 bad input or a usage error.\n\nExample:\n  $ star-assessment schedule progress.json --format markdown --calendar chinese-days",
  LANG: () => "language of messages and help (default from LANG)",
  HELP: () => "display help for command",
  HELP_COMMAND: () => "display help for command",
  VERSION: () => "output the version number",
  HELP_TITLE: (f) => f.title,
  HELP_USAGE: (f) => f.usage,
  HELP_EXTRA: (f) => {
    const parts = [f.choices === null ? "" : `choices: ${f.choices.join(", ")}`, f.defaultValue === null ? "" : `default: ${f.defaultValue}`].filter(Boolean);
    return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
  },
  HELP_HINT: () => "(add --help for usage)",
  UNKNOWN_OPTION: (f) => `error: unknown option '${f.option}'${suggest(f.suggestion)}`,
  UNKNOWN_COMMAND: (f) => `error: unknown command '${f.command}'${suggest(f.suggestion)}`,
  MISSING_ARGUMENT: (f) => `error: missing required argument '${f.argument}'`,
  OPTION_MISSING_ARGUMENT: (f) => `error: option '${f.option}' argument missing`,
  INVALID_VALUE: (f) => `error: ${f.kind} '${f.name}' ${f.kind === "option" ? "argument" : "value"} '${f.value}' is invalid: ${f.reason}`,
  NOT_ONE_OF: (f) => `allowed choices are ${f.choices.join(", ")}`,
  EXCESS_ARGUMENTS: (f) => `error: too many arguments for '${f.command}': expected ${f.expected}, received ${f.received}`,
  WHOLE_NUMBER_AT_LEAST_ONE: () => "a whole number ≥ 1",
  CHECK_PASSED: (f) => `✓ ${f.file}`,
  CHECK_FAILED: (f) => `✗ ${f.file}`,
  CHECK_NOT_CHECKED: (f) => `✗ ${f.file} (not checked)`,
  CHECK_UPDATED: (f) => `updated ${f.file} (${f.changed} value(s) changed)`,
  CHECK_WRITTEN: (f) => `wrote ${f.file}: read it against the policy before you commit it`,
  CHECK_SUMMARY: (f) => `${f.passed} passed, ${f.failed} failed${f.notChecked > 0 ? `, ${f.notChecked} not checked` : ""}`,
  CHECK_NOTHING: (f) =>
    `nothing to check in ${f.paths.join(", ")}: no partner-quarter X.json with an X.expected.json beside it. ` +
    (f.folders.length > 0
      ? `Folders are not searched below their top level; name the one that holds the quarters (${f.folders.join(", ")}).`
      : "Put the quarters there and write their expectations with --update."),
  CHECK_NO_EXPECTATION: (f) => `no expectation ${f.expected} beside it: write it with --update, then read it against the policy`,
  CHECK_NO_INPUT: (f) => `an expectation without its input: ${f.input} is missing`,
  CHECK_EXPECTATION_SHAPE: (f) => `${f.file}: an expectation must be a JSON ${f.array ? "array (one expectation per quarter of the input's array)" : "object"}`,
  CHECK_COUNT_DIFFERS: (f) => `${f.file}: ${f.expected} expectation(s) for ${f.received} quarter(s)`,
  CHECK_STDIN: () => "error: check compares files with the X.expected.json beside them, so it cannot read stdin (-); name files or folders",
  DIFFERENCE: (f) => `${f.pointer}: expected ${f.expected ?? "(nothing)"}, got ${f.actual ?? "(nothing)"}`,
  JUNIT_FAILURE: (f) => `${f.count} value(s) differ`,
  JUNIT_ERROR: () => "not checked",
  BATCH_ROW: (f) => `${f.source}: row ${f.row}: ${f.problem}`,
  BATCH_PROGRESS: (f) => `${f.rows} rows…`,
  BATCH_SUMMARY: (f) => `${f.source}: ${f.rows} rows, ${f.scored} scored, ${f.failed} failed`,
};
