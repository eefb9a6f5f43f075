import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { safeAssessQuarter } from "../assessment/assess.js";
import { describeDifference, differences, expectationOf } from "../check/expectation.js";
import { type CheckOutcome, junitXml } from "../check/junit.js";
import type { Bilingual, Language } from "../messages/bilingual.js";
import { enCli } from "../messages/en/cli.js";
import { zhCli } from "../messages/zh/cli.js";
import { fileProblem } from "./file-problem.js";
import { isExpectationFile, readJsonFile } from "./inputs.js";
import { isAssessmentInputError } from "../errors/assessment-input-error.js";
import { standingCaseKind, standingExpectationOf } from "../check/standing-case.js";
import { STANDING_CALENDARS } from "./calendars.js";

export interface CheckOptions {
  readonly lang: Language;
  readonly update?: boolean;
  readonly junit?: string;
}

/** A fixture to check: its input and its expectation (either may be missing), or a path that cannot be read. */
type Fixture = { readonly input: string; readonly expected: string } | { readonly path: string; readonly problem: string };

const expectationFile = (file: string) => file.replace(/(\.json)?$/, ".expected.json");
const inputFile = (expected: string) => expected.replace(/\.expected\.json$/, ".json");
const EXIT = { matched: 0, mismatch: 1, notChecked: 2 } as const;

/**
 * The fixtures a path names. A folder gives every `X.json` and every `X.expected.json` at its top
 * level, paired by name (one without the other is a fixture too, reported as such); a file gives
 * itself and its partner (an expectation file names its input).
 */
function fixturesOf(path: string, lang: Language): { fixtures: Fixture[]; folders: string[] } {
  try {
    if (!statSync(path).isDirectory()) {
      return { fixtures: [isExpectationFile(path) ? { input: inputFile(path), expected: path } : { input: path, expected: expectationFile(path) }], folders: [] };
    }
    const entries = readdirSync(path, { withFileTypes: true });
    const inputs = new Set(entries.filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => join(path, isExpectationFile(entry.name) ? inputFile(entry.name) : entry.name)));
    return {
      fixtures: [...inputs].sort().map((input) => ({ input, expected: expectationFile(input) })),
      folders: entries.filter((entry) => entry.isDirectory()).map((entry) => join(path, entry.name)).sort(),
    };
  } catch (error) {
    return { fixtures: [{ path, problem: fileProblem(error, "read", path)[lang] }], folders: [] };
  }
}

type Expectation = { success: true; actual: object } | { success: false; error: { issues: readonly { pointer: string; message: Bilingual }[] } };

/** What a quarter's expectation pins down, or its input problems. */
function quarterExpectation(data: unknown): Expectation {
  const result = safeAssessQuarter(data);
  return result.success ? { success: true, actual: expectationOf(result.data) } : result;
}

/** A standing fixture (fixtures/standing/): a record on a day, an application or a certification's progress. */
function standingExpectation(data: object): Expectation {
  try {
    return { success: true, actual: standingExpectationOf(data, STANDING_CALENDARS) };
  } catch (error) {
    if (isAssessmentInputError(error)) return { success: false, error };
    const message = { zh: (error as Error).message, en: (error as Error).message };
    return { success: false, error: { issues: [{ pointer: "/calendar", message }] } };
  }
}

/** Checks one fixture against its expectation, or writes the expectation with `update`. */
function checkFixture(fixture: Fixture, options: CheckOptions): CheckOutcome & { readonly wrote?: "updated" | "written" } {
  const say = options.lang === "zh" ? zhCli : enCli;
  const started = performance.now();
  const done = (file: string, status: CheckOutcome["status"], details: readonly string[], wrote?: "updated" | "written") => ({
    file,
    status,
    details,
    seconds: (performance.now() - started) / 1000,
    ...(wrote === undefined ? {} : { wrote }),
  });
  if ("problem" in fixture) return done(fixture.path, "error", [fixture.problem]);
  const { input, expected } = fixture;
  if (!existsSync(input)) return done(expected, "error", [say.CHECK_NO_INPUT({ input })]);
  const hasExpectation = existsSync(expected);
  if (!hasExpectation && !options.update) return done(input, "error", [say.CHECK_NO_EXPECTATION({ expected })]);

  const read = readJsonFile(input);
  if ("readError" in read) return done(input, "error", [read.readError[options.lang]]);
  const array = Array.isArray(read.value);
  const quarters: unknown[] = array ? (read.value as unknown[]) : [read.value];
  const problems: string[] = [];
  const actual = quarters.map((quarter, index) => {
    const result = standingCaseKind(quarter) === undefined ? quarterExpectation(quarter) : standingExpectation(quarter as object);
    if (result.success) return result.actual;
    const where = array ? `[${index}] ` : "";
    for (const issue of result.error.issues) problems.push(`${where}${issue.pointer || "/"}: ${issue.message[options.lang]}`);
    return undefined;
  });
  if (problems.length > 0) return done(input, "error", problems);
  const found = array ? actual : actual[0];

  let wanted: unknown;
  if (hasExpectation) {
    const expectation = readJsonFile(expected);
    if ("readError" in expectation) return done(input, "error", [expectation.readError[options.lang]]);
    wanted = expectation.value;
    const shapeOk = array ? Array.isArray(wanted) : typeof wanted === "object" && wanted !== null && !Array.isArray(wanted);
    if (!shapeOk) return done(input, "error", [say.CHECK_EXPECTATION_SHAPE({ file: expected, array })]);
    if (array && !options.update && (wanted as unknown[]).length !== quarters.length) {
      return done(input, "error", [say.CHECK_COUNT_DIFFERS({ file: expected, expected: (wanted as unknown[]).length, received: quarters.length })]);
    }
  }
  const details = hasExpectation ? differences(wanted, found).map((difference) => describeDifference(difference, options.lang)) : [];
  if (!options.update) return done(input, details.length === 0 ? "passed" : "failed", details);
  if (hasExpectation && details.length === 0) return done(input, "passed", []);
  // Notes such as `_why` stay; everything else is what the library gives now.
  const notes = (value: unknown) => (typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).filter(([key]) => key.startsWith("_"))) : {});
  const written = array
    ? (found as unknown[]).map((item, index) => ({ ...notes((wanted as unknown[] | undefined)?.[index]), ...(item as object) }))
    : { ...notes(wanted), ...(found as object) };
  try {
    writeFileSync(expected, `${JSON.stringify(written, null, 2)}\n`);
  } catch (error) {
    return done(input, "error", [fileProblem(error, "write", expected)[options.lang]]);
  }
  return done(input, "passed", details, hasExpectation ? "updated" : "written");
}

/** Writes a file, creating its folder first; the problem, with the path, when it cannot. */
export function writeCreatingFolder(path: string, text: string, lang: Language): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return undefined;
  } catch (error) {
    return fileProblem(error, "write", path)[lang];
  }
}

/**
 * `check`: for every `X.json` and its `X.expected.json`, compares the assessment (numbers, reasons,
 * dates) with the expectation and prints what differs. A file of several quarters (a JSON array) has
 * an array of expectations. Nothing to check, an input without its expectation or an expectation
 * without its input, and a file that cannot be read or scored are errors, never skipped. Returns 2
 * when anything could not be checked (or nothing was found), else 1 on any mismatch, else 0. With
 * `update`, writes the expectations that differ or are missing, and says which.
 */
export function checkCommand(paths: readonly string[], options: CheckOptions): number {
  const say = options.lang === "zh" ? zhCli : enCli;
  if (paths.includes("-")) {
    console.error(say.CHECK_STDIN());
    return EXIT.notChecked;
  }
  const found = paths.map((path) => fixturesOf(path, options.lang));
  const fixtures = found.flatMap((each) => each.fixtures);
  if (fixtures.length === 0) {
    const why = say.CHECK_NOTHING({ paths, folders: found.flatMap((each) => each.folders) });
    console.error(why);
    // The CI's test report says it too: one test case that could not run.
    if (options.junit !== undefined) {
      const problem = writeCreatingFolder(options.junit, junitXml([{ file: paths.join(" "), status: "error", details: [why], seconds: 0 }], options.lang), options.lang);
      if (problem !== undefined) console.error(problem);
    }
    return EXIT.notChecked;
  }
  const outcomes = fixtures.map((fixture) => checkFixture(fixture, options));
  const indent = (lines: readonly string[]) => lines.map((line) => `\n    ${line}`).join("");
  for (const outcome of outcomes) {
    if (outcome.status === "error") console.log(`${say.CHECK_NOT_CHECKED({ file: outcome.file })}${indent(outcome.details)}`);
    else if (outcome.wrote === "written") console.log(say.CHECK_WRITTEN({ file: expectationFile(outcome.file) }));
    else if (outcome.wrote === "updated") console.log(`${say.CHECK_UPDATED({ file: expectationFile(outcome.file), changed: outcome.details.length })}${indent(outcome.details)}`);
    else if (options.update) continue;
    else if (outcome.status === "passed") console.log(say.CHECK_PASSED({ file: outcome.file }));
    else console.log(`${say.CHECK_FAILED({ file: outcome.file })}${indent(outcome.details)}`);
  }
  const count = (status: CheckOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  console.log(`\n${say.CHECK_SUMMARY({ passed: count("passed"), failed: count("failed"), notChecked: count("error") })}`);
  if (options.junit !== undefined) {
    const problem = writeCreatingFolder(options.junit, junitXml(outcomes, options.lang), options.lang);
    if (problem !== undefined) {
      console.error(problem);
      return EXIT.notChecked;
    }
  }
  return count("error") > 0 ? EXIT.notChecked : count("failed") > 0 ? EXIT.mismatch : EXIT.matched;
}
