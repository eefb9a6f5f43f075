import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import type { JsonSchemaName } from "../json-schema/json-schema.js";
import type { Language } from "../messages/bilingual.js";
import type { BatchFormat } from "./batch.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { localeLanguage } from "./language.js";
import type { ScoreFormat } from "./score.js";
import type { StandingJsonSchemaName } from "../json-schema/standing-json-schema.js";
import type { StandingCommandOptions, StandingFormat } from "./standing.js";

// The command line: the only module with I/O. Each command returns its exit code, and is loaded only
// when it runs (the batch's reading thread then never loads the rules, which run in its workers).

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
const langOption = () => new Option("--lang <lang>", "language of messages (default from LANG)").choices(["zh", "en"]).default(localeLanguage());

const program = new Command()
  .name("star-assessment")
  .description("Scores H3C Cloud Desktop star-partner quarters (云桌面服务资质认证 季度考核)")
  .version(version)
  .showHelpAfterError()
  .addHelpText("after", "\nExamples:\n  $ star-assessment score fixtures/quarters\n  $ star-assessment check fixtures/quarters --junit report.xml\n  $ star-assessment batch quarters.csv -o scores.csv");

program
  .command("score")
  .description("score partner-quarter JSON files, folders of them, or stdin (-), and print each assessment")
  .argument("<paths...>", "JSON files (one partner-quarter, or an array of them), folders, or - for stdin")
  .addOption(new Option("--format <format>", "table on a terminal, JSON when piped").choices(["table", "markdown", "json"]))
  .addOption(new Option("--json", "the same as --format json").implies({ format: "json" }))
  .addOption(langOption())
  .option("--fail-on-downgrade", "exit 1 when any verdict downgrades")
  .addHelpText("after", "\nExit codes: 0 scored; 1 a downgrade with --fail-on-downgrade; 2 bad input.\n\nExamples:\n  $ star-assessment score fixtures/quarters --lang zh\n  $ cat q.json | star-assessment score - --format json --fail-on-downgrade")
  .action(async (paths: string[], options: { format?: ScoreFormat; lang: Language; failOnDowngrade?: boolean }) => {
    const { scoreCommand } = await import("./score.js");
    process.exitCode = scoreCommand(paths, options);
  });

program
  .command("check")
  .description("compare each X.json with the X.expected.json beside it (numbers, reasons, dates)")
  .argument("<folders...>", "folders (or files) of partner-quarters with their expectations")
  .option("--update", "rewrite the expectations that differ (notes such as _why are kept)")
  .option("--junit <file>", "also write JUnit XML for CI (GitLab, Jenkins)")
  .addOption(langOption())
  .addHelpText("after", "\nExit codes: 0 all match; 1 a mismatch or an input error.\n\nExample:\n  $ star-assessment check fixtures/quarters --junit star-assessment.xml")
  .action(async (folders: string[], options: { update?: boolean; junit?: string; lang: Language }) => {
    const { checkCommand } = await import("./check.js");
    process.exitCode = checkCommand(folders, options);
  });

program
  .command("schema")
  .description("print the JSON Schema (draft 2020-12) of the input or of the assessment")
  .addArgument(
    new Command()
      .createArgument("<name>", "which schema")
      .choices([...(["input", "assessment"] satisfies JsonSchemaName[]), ...(["standing-record", "application", "certification-progress"] satisfies StandingJsonSchemaName[])]),
  )
  .addHelpText("after", "\nExample:\n  $ star-assessment schema input > quarter-input.schema.json")
  .action(async (name: JsonSchemaName | StandingJsonSchemaName) => {
    if (name === "input" || name === "assessment") {
      const { schemaCommand } = await import("./schema.js");
      process.exitCode = schemaCommand(name);
      return;
    }
    const { standingSchemaCommand } = await import("./standing.js");
    process.exitCode = standingSchemaCommand(name);
  });

program
  .command("policy")
  .description("print every number of the policy with its clause ID, as Markdown (docs/policy.md)")
  .addHelpText("after", "\nExample:\n  $ star-assessment policy > policy.md")
  .action(async () => {
    const { policyCommand } = await import("./policy.js");
    process.exitCode = policyCommand();
  });

program
  .command("batch")
  .description("score one partner-quarter per CSV row or JSONL line, streaming (see docs/batch.md)")
  .argument("<input>", "a .csv or .jsonl file, or - for stdin")
  .option("-o, --output <file>", "where to write the scores (default stdout); .csv or .jsonl")
  .addOption(new Option("--input-format <format>", "input format (default from the file name, else csv)").choices(["csv", "jsonl"]))
  .addOption(new Option("--output-format <format>", "output format (default from -o, else the input's)").choices(["csv", "jsonl"]))
  .addOption(langOption())
  .addOption(new Option("--jobs <n>", "scoring threads (default: the machine's cores)").argParser((value) => {
    const jobs = Number(value);
    if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError("a whole number ≥ 1");
    return jobs;
  }))
  .addHelpText("after", "\nExit codes: 0 every row scored; 2 some rows failed (each reported with its row number) or the file is unusable.\n\nExamples:\n  $ star-assessment batch quarters.csv -o scores.csv --lang zh\n  $ star-assessment batch quarters.jsonl > scores.jsonl")
  .action(async (input: string, options: { output?: string; inputFormat?: BatchFormat; outputFormat?: BatchFormat; lang: Language; jobs?: number }) => {
    const { batchCommand } = await import("./batch.js");
    process.exitCode = await batchCommand(input, options);
  });

// The standing between assessments (四.2, 五, 六, 七, 一). Usage errors exit 2, like bad input.
const standingHelp = "\nExit codes: 0 done; 2 bad input or a usage error (each problem on stderr with its JSON path).";
const standingCommand = (name: string, description: string, argument: string) =>
  program
    .command(name)
    .description(description)
    .argument(argument, "a JSON file, or - for stdin")
    .addOption(new Option("--format <format>", "table on a terminal, JSON when piped; markdown draws a Mermaid Gantt chart").choices(["table", "markdown", "json"]))
    .addOption(langOption())
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

const calendarOption = () =>
  new Option("--calendar <calendar>", "working days: Monday to Friday, or China's with its holidays and make-up days (needs the package chinese-days)").choices(["monday-to-friday", "chinese-days"]);

standingCommand("standing", "a partner's standing on a day: status, findings in force, history and the dates that fall due", "<record>")
  .addOption(calendarOption())
  .addOption(new Option("--as-of <date>", "the day asked about, YYYY-MM-DD (default: today)").argParser((value) => {
    if (!isCalendarDate(value)) throw new InvalidArgumentError("a real calendar date YYYY-MM-DD");
    return value;
  }))
  .addHelpText("after", `${standingHelp}\n\nExamples:\n  $ star-assessment standing record.json --as-of 2024-10-10 --calendar chinese-days\n  $ star-assessment standing record.json --format markdown --lang zh > standing.md`)
  .action(async (path: string, options: StandingCommandOptions & { format?: StandingFormat }) => {
    const { standingCommand: command } = await import("./standing.js");
    process.exitCode = command(path, options);
  });

standingCommand("eligibility", "whether an application meets each requirement of 一 / 六 / 七, and from when", "<application>")
  .addHelpText("after", `${standingHelp}\n\nExample:\n  $ star-assessment eligibility application.json --format table`)
  .action(async (path: string, options: StandingCommandOptions) => {
    const { eligibilityCommand } = await import("./standing.js");
    process.exitCode = eligibilityCommand(path, options);
  });

standingCommand("schedule", "the certification process of 六: each step's latest date in working days, late steps, interview retries", "<progress>")
  .addOption(calendarOption())
  .addHelpText("after", `${standingHelp}\n\nExample:\n  $ star-assessment schedule progress.json --format markdown --calendar chinese-days`)
  .action(async (path: string, options: StandingCommandOptions) => {
    const { scheduleCommand } = await import("./standing.js");
    process.exitCode = scheduleCommand(path, options);
  });

await program.parseAsync();
