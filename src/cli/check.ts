import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { safeAssessQuarter } from "../assessment/assess.js";
import { describeDifference, differences, expectationOf } from "../check/expectation.js";
import { type CheckOutcome, junitXml } from "../check/junit.js";
import type { Language } from "../messages/bilingual.js";
import { quarterFiles } from "./inputs.js";
import { AssessmentInputError } from "../errors/assessment-input-error.js";
import { standingCaseKind, standingExpectationOf } from "../check/standing-case.js";
import type { Bilingual } from "../messages/bilingual.js";
import { STANDING_CALENDARS } from "./calendars.js";

export interface CheckOptions {
  readonly lang: Language;
  readonly update?: boolean;
  readonly junit?: string;
}

const expectationFile = (file: string) => file.replace(/\.json$/, ".expected.json");

/** Checks one fixture against its expectation, or rewrites the expectation with `update`. */
function checkFixture(file: string, options: CheckOptions): CheckOutcome {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const expectedFile = expectationFile(file);
  let data: unknown;
  let expected: Record<string, unknown> = {};
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
    if (!options.update || existsSync(expectedFile)) expected = JSON.parse(readFileSync(expectedFile, "utf8")) as Record<string, unknown>;
  } catch (error) {
    return { file, status: "error", details: [(error as Error).message], seconds: seconds() };
  }
  const result = standingCaseKind(data) === undefined ? quarterExpectation(data) : standingExpectation(data as object);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `${issue.pointer || "/"}: ${issue.message[options.lang]}`);
    return { file, status: "error", details, seconds: seconds() };
  }
  const { actual } = result;
  const found = differences(expected, actual).map(describeDifference);
  if (options.update) {
    if (found.length > 0) {
      // Notes such as `_why` stay; everything else is what the library gives now.
      const notes = Object.fromEntries(Object.entries(expected).filter(([key]) => key.startsWith("_")));
      writeFileSync(expectedFile, `${JSON.stringify({ ...notes, ...actual }, null, 2)}\n`);
    }
    return { file, status: "passed", details: found, seconds: seconds() };
  }
  return { file, status: found.length === 0 ? "passed" : "failed", details: found, seconds: seconds() };
}

type Expectation = { success: true; actual: object } | { success: false; error: { issues: readonly { pointer: string; message: Bilingual }[] } };

function quarterExpectation(data: unknown): Expectation {
  const result = safeAssessQuarter(data);
  return result.success ? { success: true, actual: expectationOf(result.data) } : result;
}

// Standing fixtures (fixtures/standing/): a record on a day, an application or a certification's progress.
function standingExpectation(data: object): Expectation {
  try {
    return { success: true, actual: standingExpectationOf(data, STANDING_CALENDARS) };
  } catch (error) {
    if (error instanceof AssessmentInputError) return { success: false, error };
    const message = { zh: (error as Error).message, en: (error as Error).message };
    return { success: false, error: { issues: [{ pointer: "/calendar", message }] } };
  }
}

/**
 * `check`: for every `X.json` with an `X.expected.json` beside it, compares the assessment (numbers,
 * reasons, dates) with the expectation and prints what differs. Returns 1 on any mismatch or input
 * error, else 0. With `update`, rewrites the expectations that differ and says which.
 */
export function checkCommand(folders: readonly string[], options: CheckOptions): number {
  const files = folders
    .flatMap(quarterFiles)
    .filter((file) => options.update || existsSync(expectationFile(file)));
  const outcomes = files.map((file) => checkFixture(file, options));
  for (const outcome of outcomes) {
    if (options.update) {
      if (outcome.status === "error") console.error(`✗ ${outcome.file}\n${outcome.details.map((line) => `    ${line}`).join("\n")}`);
      else if (outcome.details.length > 0) console.log(`updated ${expectationFile(outcome.file)} (${outcome.details.length} value(s) changed)\n${outcome.details.map((line) => `    ${line}`).join("\n")}`);
      continue;
    }
    if (outcome.status === "passed") console.log(`✓ ${outcome.file}`);
    else console.log(`✗ ${outcome.file}${outcome.status === "error" ? " (input error)" : ""}\n${outcome.details.map((line) => `    ${line}`).join("\n")}`);
  }
  const failed = outcomes.filter((outcome) => outcome.status !== "passed").length;
  console.log(`\n${outcomes.length - failed} passed, ${failed} failed`);
  if (options.junit) writeFileSync(options.junit, junitXml(outcomes));
  return failed > 0 ? 1 : 0;
}
