import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { safeAssessQuarter } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { renderScoreCard } from "../report/score-card.js";

// The only module with I/O: it reads files, prints, and sets the exit code.

const defaultLanguage = (): Language => ((process.env.LANG ?? "").toLowerCase().startsWith("zh") ? "zh" : "en");

/** The partner-quarter files a path names: the file itself, or a folder's `*.json` but not `*.expected.json`. */
function quarterFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
    .sort()
    .map((name) => join(path, name));
}

const program = new Command()
  .name("star-assessment")
  .description("Scores H3C Cloud Desktop star-partner quarters (云桌面服务资质认证 季度考核)")
  .showHelpAfterError();

program
  .command("score")
  .description("score partner-quarter JSON files or folders and print a score card for each")
  .argument("<paths...>", "partner-quarter JSON files, or folders of them")
  .addOption(new Option("--lang <lang>", "language of the score card").choices(["zh", "en"]).default(defaultLanguage()))
  .option("--json", "print the assessments as JSON")
  .addHelpText("after", "\nExample:\n  $ star-assessment score fixtures/quarters --lang zh")
  .action((paths: string[], options: { lang: Language; json?: boolean }) => {
    let failed = false;
    const assessments: unknown[] = [];
    for (const file of paths.flatMap(quarterFiles)) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        failed = true;
        console.error(`${file}: ${(error as Error).message}`);
        continue;
      }
      const result = safeAssessQuarter(data);
      if (!result.success) {
        failed = true;
        for (const issue of result.error.issues) console.error(`${file}: ${issue.pointer || "/"}: ${issue.message[options.lang]}`);
        continue;
      }
      if (options.json) assessments.push(result.data);
      else console.log(`${renderScoreCard(result.data, options.lang)}\n`);
    }
    if (options.json) console.log(JSON.stringify(assessments.length === 1 ? assessments[0] : assessments, null, 2));
    if (failed) process.exitCode = 2;
  });

program.parse();
