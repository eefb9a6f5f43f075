/**
 * The figures of the command line's own sentences (topic `cli`): help texts, usage errors, and the
 * lines `check` and `batch` print. A sentence without figures takes `void`.
 */
export interface CliFigures {
  // help: the program and its commands
  readonly PROGRAM: void;
  readonly PROGRAM_AFTER: void;
  readonly SCORE: void;
  readonly SCORE_PATHS: void;
  readonly SCORE_FORMAT: void;
  readonly SCORE_JSON: void;
  readonly SCORE_BRIEF: void;
  readonly SCORE_FAIL_ON_DOWNGRADE: void;
  readonly SCORE_AFTER: void;
  readonly CHECK: void;
  readonly CHECK_PATHS: void;
  readonly CHECK_UPDATE: void;
  readonly CHECK_JUNIT: void;
  readonly CHECK_AFTER: void;
  readonly SCHEMA: void;
  readonly SCHEMA_NAME: void;
  readonly SCHEMA_AFTER: void;
  readonly POLICY: void;
  readonly POLICY_AFTER: void;
  readonly FIELDS: void;
  readonly FIELDS_AFTER: void;
  readonly BATCH: void;
  readonly BATCH_INPUT: void;
  readonly BATCH_OUTPUT: void;
  readonly BATCH_INPUT_FORMAT: void;
  readonly BATCH_OUTPUT_FORMAT: void;
  readonly BATCH_ENCODING: void;
  readonly BATCH_JOBS: void;
  readonly BATCH_AFTER: void;
  readonly STANDING: void;
  readonly STANDING_FILE: void;
  readonly STANDING_FORMAT: void;
  readonly STANDING_CALENDAR: void;
  readonly STANDING_AS_OF: void;
  readonly STANDING_AFTER: void;
  readonly CALENDAR_DATE: void;
  readonly ELIGIBILITY: void;
  readonly ELIGIBILITY_AFTER: void;
  readonly SCHEDULE: void;
  readonly SCHEDULE_AFTER: void;
  readonly HEADROOM: void;
  readonly HEADROOM_AFTER: void;
  readonly PLAN: void;
  readonly PLAN_CALLS: void;
  readonly PLAN_ONLINE: void;
  readonly PLAN_OFFLINE: void;
  readonly PLAN_AFTER: void;
  readonly WHAT_IF: void;
  readonly WHAT_IF_FILE: void;
  readonly WHAT_IF_SET: void;
  readonly WHAT_IF_AFTER: void;
  readonly LANG: void;
  readonly HELP: void;
  readonly HELP_COMMAND: void;
  readonly VERSION: void;
  /** A heading of commander's help ("Usage:", "Options:" …). */
  readonly HELP_TITLE: { readonly title: string };
  /** The usage line of a command, commander's placeholders ([options], [command]) in words. */
  readonly HELP_USAGE: { readonly usage: string };
  /** What an option or argument's description adds: its choices and default (empty when neither). */
  readonly HELP_EXTRA: { readonly choices: readonly string[] | null; readonly defaultValue: string | null };
  /** The line after a usage error. */
  readonly HELP_HINT: void;
  // usage errors (commander's, in words)
  readonly UNKNOWN_OPTION: { readonly option: string; readonly suggestion: string | null };
  readonly UNKNOWN_COMMAND: { readonly command: string; readonly suggestion: string | null };
  readonly MISSING_ARGUMENT: { readonly argument: string };
  readonly OPTION_MISSING_ARGUMENT: { readonly option: string };
  readonly INVALID_VALUE: { readonly kind: "option" | "argument"; readonly name: string; readonly value: string; readonly reason: string };
  readonly NOT_ONE_OF: { readonly choices: readonly string[] };
  readonly EXCESS_ARGUMENTS: { readonly command: string; readonly expected: number; readonly received: number };
  readonly WHOLE_NUMBER_AT_LEAST_ONE: void;
  // check
  readonly CHECK_PASSED: { readonly file: string };
  readonly CHECK_FAILED: { readonly file: string };
  readonly CHECK_NOT_CHECKED: { readonly file: string };
  readonly CHECK_UPDATED: { readonly file: string; readonly changed: number };
  readonly CHECK_WRITTEN: { readonly file: string };
  readonly CHECK_SUMMARY: { readonly passed: number; readonly failed: number; readonly notChecked: number };
  readonly CHECK_NOTHING: { readonly paths: readonly string[]; readonly folders: readonly string[] };
  readonly CHECK_NO_EXPECTATION: { readonly expected: string };
  readonly CHECK_NO_INPUT: { readonly input: string };
  readonly CHECK_EXPECTATION_SHAPE: { readonly file: string; readonly array: boolean };
  readonly CHECK_COUNT_DIFFERS: { readonly file: string; readonly expected: number; readonly received: number };
  readonly CHECK_STDIN: void;
  readonly DIFFERENCE: { readonly pointer: string; readonly expected: string | null; readonly actual: string | null };
  readonly JUNIT_FAILURE: { readonly count: number };
  readonly JUNIT_ERROR: void;
  // batch
  readonly BATCH_ROW: { readonly source: string; readonly row: number; readonly problem: string };
  readonly BATCH_PROGRESS: { readonly rows: number };
  readonly BATCH_SUMMARY: { readonly source: string; readonly rows: number; readonly scored: number; readonly failed: number };
}
