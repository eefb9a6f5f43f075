import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import type { JsonSchemaName } from "../json-schema/json-schema.js";
import type { Language } from "../messages/bilingual.js";
import type { BatchFormat } from "./batch.js";
import type { HeadroomFormat } from "./headroom.js";
import { localeLanguage } from "./language.js";
import type { ScoreFormat } from "./score.js";

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
  .addArgument(new Command().createArgument("<name>", "which schema").choices(["input", "assessment"] satisfies JsonSchemaName[]))
  .addHelpText("after", "\nExample:\n  $ star-assessment schema input > quarter-input.schema.json")
  .action(async (name: JsonSchemaName) => {
    const { schemaCommand } = await import("./schema.js");
    process.exitCode = schemaCommand(name);
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

// The headroom commands exit 2 on a usage error too (an unknown option, a missing argument), like bad input.
const usageExitsTwo = (command: Command) =>
  command.exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });
const formatOption = () => new Option("--format <format>", "table on a terminal, JSON when piped").choices(["table", "markdown", "json"]);

usageExitsTwo(
  program
    .command("headroom")
    .description("for each item, the nearest value of each input at which its score falls or rises; what removes a downgrade")
    .argument("<paths...>", "JSON files (one partner-quarter, or an array of them), folders, or - for stdin")
    .addOption(formatOption())
    .addOption(langOption())
    .addHelpText("after", "\nExit codes: 0 done; 2 bad input or usage.\n\nExample:\n  $ star-assessment headroom fixtures/quarters/07-item-zero-ecr.json --format table")
    .action(async (paths: string[], options: { format?: HeadroomFormat; lang: Language }) => {
      const { headroomCommand } = await import("./headroom.js");
      process.exitCode = headroomCommand(paths, options);
    }),
);

usageExitsTwo(
  program
    .command("plan")
    .description("from expected calls, online learners and core engineers: the most simple calls and the fewest completions for every band")
    .option("--calls <n>", "expected calls to the 400 hotline")
    .option("--online <n>", "learners required for the online mandatory courses")
    .option("--offline <n>", "core engineers required at the offline training")
    .addOption(formatOption())
    .addOption(langOption())
    .addHelpText("after", "\nExit codes: 0 done; 2 bad volumes or usage.\n\nExample:\n  $ star-assessment plan --calls 120 --online 8 --offline 5")
    .action(async (options: { calls?: string; online?: string; offline?: string; format?: HeadroomFormat; lang: Language }) => {
      const { planCommand } = await import("./headroom.js");
      process.exitCode = planCommand(options, options);
    }),
);

usageExitsTwo(
  program
    .command("what-if")
    .description("assess a partner-quarter before and after changes, item by item, with any change of verdict")
    .argument("<file>", "one partner-quarter JSON file, or - for stdin")
    .option("--set <pointer=value>", "a JSON Pointer into the input and its new value (repeatable)", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addOption(formatOption())
    .addOption(langOption())
    .addHelpText("after", "\nExit codes: 0 done; 2 bad input, a bad change, or usage.\n\nExample:\n  $ star-assessment what-if fixtures/quarters/07-item-zero-ecr.json --set /ecr/simpleCalls=16")
    .action(async (file: string, options: { set: string[]; format?: HeadroomFormat; lang: Language }) => {
      const { whatIfCommand } = await import("./headroom.js");
      process.exitCode = whatIfCommand(file, options.set, options);
    }),
);

await program.parseAsync();
