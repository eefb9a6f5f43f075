import { readFileSync } from "node:fs";
import { AssessmentInputError } from "../errors/assessment-input-error.js";
import { standingJsonSchema, type StandingJsonSchemaName } from "../json-schema/standing-json-schema.js";
import type { Language } from "../messages/bilingual.js";
import { renderEligibilityText, renderScheduleText, renderStandingText } from "../report/standing-table.js";
import { renderEligibilityMarkdown, renderScheduleMarkdown, renderStandingMarkdown } from "../report/timeline.js";
import { checkEligibility } from "../standing/eligibility.js";
import { certificationSchedule } from "../standing/schedule.js";
import { evaluateStanding } from "../standing/standing.js";

// `standing`, `eligibility` and `schedule`: read one JSON document, print it as a table, Markdown (with
// a Mermaid Gantt chart) or JSON. Exit codes: 0 done; 2 bad input (each problem on stderr with its path).

export type StandingFormat = "table" | "markdown" | "json";

export interface StandingCommandOptions {
  readonly format?: StandingFormat;
  readonly lang: Language;
  readonly asOf?: string;
}

/** Today's date where the command runs: the only clock the package reads, and only in the CLI. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function run<Result>(
  path: string,
  options: StandingCommandOptions,
  evaluate: (data: unknown) => Result,
  render: { table: (result: Result, lang: Language) => string; markdown: (result: Result, lang: Language) => string },
): number {
  const source = path === "-" ? "<stdin>" : path;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path === "-" ? 0 : path, "utf8"));
  } catch (error) {
    console.error(`${source}: ${(error as Error).message}`);
    return 2;
  }
  let result: Result;
  try {
    result = evaluate(data);
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error;
    for (const issue of error.issues) console.error(`${source}: ${issue.pointer || "/"}: ${issue.message[options.lang]}`);
    return 2;
  }
  const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
  console.log(format === "json" ? JSON.stringify(result, null, 2) : render[format](result, options.lang));
  return 0;
}

/** `standing <record.json> [--as-of]`: the partner's standing on a day (today by default). */
export function standingCommand(path: string, options: StandingCommandOptions): number {
  const asOf = options.asOf ?? today();
  return run(path, options, (data) => evaluateStanding(data, asOf), { table: renderStandingText, markdown: renderStandingMarkdown });
}

/** `eligibility <application.json>`: each requirement of an application. */
export function eligibilityCommand(path: string, options: StandingCommandOptions): number {
  return run(path, options, (data) => checkEligibility(data), { table: renderEligibilityText, markdown: renderEligibilityMarkdown });
}

/** `schedule <progress.json>`: the certification process with each step's latest date. */
export function scheduleCommand(path: string, options: StandingCommandOptions): number {
  return run(path, options, (data) => certificationSchedule(data), { table: renderScheduleText, markdown: renderScheduleMarkdown });
}

/** `schema standing-record|application|certification-progress`. */
export function standingSchemaCommand(name: StandingJsonSchemaName): number {
  console.log(JSON.stringify(standingJsonSchema(name), null, 2));
  return 0;
}
