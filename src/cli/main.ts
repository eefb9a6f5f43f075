import { readFileSync } from "node:fs";
import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import type { JsonSchemaName } from "../json-schema/json-schema.js";
import type { Language } from "../messages/bilingual.js";
import { enCli } from "../messages/en/cli.js";
import { zhCli } from "../messages/zh/cli.js";
import type { BatchEncoding, BatchFormat } from "./batch.js";
import { localeLanguage, requestedLanguage } from "./language.js";
import type { HeadroomFormat } from "./headroom.js";
import type { ScoreFormat } from "./score.js";
import { usageError } from "./usage-error.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import type { StandingCommandOptions, StandingFormat } from "./standing.js";

// The command line: the only module with I/O. Each command returns its exit code, and is loaded only
// when it runs (the batch's reading thread then never loads the rules, which run in its workers).
// Help and usage errors are written while the arguments are parsed, so their language is read from
// the arguments first (`--lang`), else from the locale.

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
const lang = requestedLanguage(process.argv.slice(2));
const say = lang === "zh" ? zhCli : enCli;
/** Exit code of a usage error (a mistyped flag must not read as a downgrade, 1). */
const USAGE_ERROR = 2;

const shown = (value: unknown) => (value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value));
const langOption = () => new Option("--lang <lang>", say.LANG()).choices(["zh", "en"]).default(localeLanguage());

const program = new Command()
  .name("star-assessment")
  .description(say.PROGRAM())
  .version(version, "-V, --version", say.VERSION())
  .helpOption("-h, --help", say.HELP())
  .helpCommand("help [command]", say.HELP_COMMAND())
  .configureHelp({
    styleTitle: (title) => say.HELP_TITLE({ title }),
    commandUsage: (command) => say.HELP_USAGE({ usage: new Help().commandUsage(command) }),
    optionDescription: (option) =>
      option.description +
      say.HELP_EXTRA({ choices: option.argChoices ?? null, defaultValue: option.required || option.optional ? shown(option.defaultValue) : null }),
    argumentDescription: (argument) => argument.description + say.HELP_EXTRA({ choices: argument.argChoices ?? null, defaultValue: shown(argument.defaultValue) }),
  })
  .configureOutput({ outputError: (message, write) => write(`${usageError(message, say)}\n`) })
  .showHelpAfterError(say.HELP_HINT())
  .exitOverride()
  .addHelpText("after", say.PROGRAM_AFTER());

program
  .command("score")
  .description(say.SCORE())
  .argument("<paths...>", say.SCORE_PATHS())
  .addOption(new Option("--format <format>", say.SCORE_FORMAT()).choices(["table", "markdown", "json"]))
  .addOption(new Option("--json", say.SCORE_JSON()).implies({ format: "json" }))
  .option("--brief", say.SCORE_BRIEF())
  .addOption(langOption())
  .option("--fail-on-downgrade", say.SCORE_FAIL_ON_DOWNGRADE())
  .addHelpText("after", say.SCORE_AFTER())
  .action(async (paths: string[], options: { format?: ScoreFormat; lang: Language; failOnDowngrade?: boolean; brief?: boolean }) => {
    const { scoreCommand } = await import("./score.js");
    process.exitCode = scoreCommand(paths, options);
  });

program
  .command("check")
  .description(say.CHECK())
  .argument("<paths...>", say.CHECK_PATHS())
  .option("--update", say.CHECK_UPDATE())
  .option("--junit <file>", say.CHECK_JUNIT())
  .addOption(langOption())
  .addHelpText("after", say.CHECK_AFTER())
  .action(async (paths: string[], options: { update?: boolean; junit?: string; lang: Language }) => {
    const { checkCommand } = await import("./check.js");
    process.exitCode = checkCommand(paths, options);
  });

program
  .command("schema")
  .description(say.SCHEMA())
  .addArgument(
    new Argument("<name>", say.SCHEMA_NAME()).choices(["input", "assessment", "standing-record", "application", "certification-progress"] satisfies JsonSchemaName[]),
  )
  .addHelpText("after", say.SCHEMA_AFTER())
  .action(async (name: JsonSchemaName) => {
    const { schemaCommand } = await import("./schema.js");
    process.exitCode = schemaCommand(name);
  });

program
  .command("policy")
  .description(say.POLICY())
  .addHelpText("after", say.POLICY_AFTER())
  .action(async () => {
    const { policyCommand } = await import("./policy.js");
    process.exitCode = policyCommand();
  });

program
  .command("fields")
  .description(say.FIELDS())
  .addHelpText("after", say.FIELDS_AFTER())
  .action(async () => {
    const { fieldsCommand } = await import("./policy.js");
    process.exitCode = fieldsCommand();
  });

program
  .command("batch")
  .description(say.BATCH())
  .argument("<input>", say.BATCH_INPUT())
  .option("-o, --output <file>", say.BATCH_OUTPUT())
  .addOption(new Option("--input-format <format>", say.BATCH_INPUT_FORMAT()).choices(["csv", "jsonl"]))
  .addOption(new Option("--output-format <format>", say.BATCH_OUTPUT_FORMAT()).choices(["csv", "jsonl"]))
  .addOption(new Option("--encoding <encoding>", say.BATCH_ENCODING()).choices(["auto", "utf8", "gb18030", "gbk"]).default("auto"))
  .addOption(langOption())
  .addOption(
    new Option("--jobs <n>", say.BATCH_JOBS()).argParser((value) => {
      const jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError(say.WHOLE_NUMBER_AT_LEAST_ONE());
      return jobs;
    }),
  )
  .addHelpText("after", say.BATCH_AFTER())
  .action(
    async (
      input: string,
      options: { output?: string; inputFormat?: BatchFormat; outputFormat?: BatchFormat; encoding: BatchEncoding; lang: Language; jobs?: number },
    ) => {
      const { batchCommand } = await import("./batch.js");
      process.exitCode = await batchCommand(input, options);
    },
  );

// The standing between assessments (四.2, 五, 六, 七, 一).
const standingCommand = (name: string, description: string, argument: string) =>
  program
    .command(name)
    .description(description)
    .argument(argument, say.STANDING_FILE())
    .addOption(new Option("--format <format>", say.STANDING_FORMAT()).choices(["table", "markdown", "json"]))
    .addOption(langOption());

const calendarOption = () => new Option("--calendar <calendar>", say.STANDING_CALENDAR()).choices(["monday-to-friday", "chinese-days"]);

standingCommand("standing", say.STANDING(), "<record>")
  .addOption(calendarOption())
  .addOption(
    new Option("--as-of <date>", say.STANDING_AS_OF()).argParser((value) => {
      if (!isCalendarDate(value)) throw new InvalidArgumentError(say.CALENDAR_DATE());
      return value;
    }),
  )
  .addHelpText("after", say.STANDING_AFTER())
  .action(async (path: string, options: StandingCommandOptions & { format?: StandingFormat }) => {
    const { standingCommand: command } = await import("./standing.js");
    process.exitCode = command(path, options);
  });

standingCommand("eligibility", say.ELIGIBILITY(), "<application>")
  .addHelpText("after", say.ELIGIBILITY_AFTER())
  .action(async (path: string, options: StandingCommandOptions) => {
    const { eligibilityCommand } = await import("./standing.js");
    process.exitCode = eligibilityCommand(path, options);
  });

standingCommand("schedule", say.SCHEDULE(), "<progress>")
  .addOption(calendarOption())
  .addHelpText("after", say.SCHEDULE_AFTER())
  .action(async (path: string, options: StandingCommandOptions) => {
    const { scheduleCommand } = await import("./standing.js");
    process.exitCode = scheduleCommand(path, options);
  });

// Headroom (the distance to each band edge), plans and what-if.
const formatOption = () => new Option("--format <format>", say.SCORE_FORMAT()).choices(["table", "markdown", "json"]);

program
  .command("headroom")
  .description(say.HEADROOM())
  .argument("<paths...>", say.SCORE_PATHS())
  .addOption(formatOption())
  .addOption(langOption())
  .addHelpText("after", say.HEADROOM_AFTER())
  .action(async (paths: string[], options: { format?: HeadroomFormat; lang: Language }) => {
    const { headroomCommand } = await import("./headroom.js");
    process.exitCode = headroomCommand(paths, options);
  });

program
  .command("plan")
  .description(say.PLAN())
  .option("--calls <n>", say.PLAN_CALLS())
  .option("--online <n>", say.PLAN_ONLINE())
  .option("--offline <n>", say.PLAN_OFFLINE())
  .addOption(formatOption())
  .addOption(langOption())
  .addHelpText("after", say.PLAN_AFTER())
  .action(async (options: { calls?: string; online?: string; offline?: string; format?: HeadroomFormat; lang: Language }) => {
    const { planCommand } = await import("./headroom.js");
    process.exitCode = planCommand(options, options);
  });

program
  .command("what-if")
  .description(say.WHAT_IF())
  .argument("<file>", say.WHAT_IF_FILE())
  .option("--set <pointer=value>", say.WHAT_IF_SET(), (value: string, previous: string[]) => [...previous, value], [] as string[])
  .addOption(formatOption())
  .addOption(langOption())
  .addHelpText("after", say.WHAT_IF_AFTER())
  .action(async (file: string, options: { set: string[]; format?: HeadroomFormat; lang: Language }) => {
    const { whatIfCommand } = await import("./headroom.js");
    process.exitCode = whatIfCommand(file, options.set, options);
  });

try {
  await program.parseAsync();
} catch (error) {
  // Help and --version end with exit code 0; every other stop of commander is a usage error.
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode === 0 ? 0 : USAGE_ERROR;
}
