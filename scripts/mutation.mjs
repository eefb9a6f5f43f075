#!/usr/bin/env node
// npm run mutation: Stryker (stryker.config.json), then a check of the score it wrote.
//
// Stryker can exit 0 with a useless run: a test runner that finds no tests, or one that never
// reaches the mutated code, reports every mutant as "no coverage" or none at all, and the score is
// 0 % or NaN. This script reads reports/mutation/mutation.json itself, prints the score per file and
// overall, and exits 1 when the score is 0, NaN or below the break threshold of stryker.config.json.
// Extra arguments go to Stryker (e.g. `npm run mutation -- --incremental`).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const config = JSON.parse(readFileSync(join(root, "stryker.config.json"), "utf8"));
const reportFile = join(root, config.jsonReporter?.fileName ?? "reports/mutation/mutation.json");
const breakAt = config.thresholds?.break ?? 90;

// A stale report must not pass for this run's.
rmSync(reportFile, { force: true });

const started = Date.now();
const stryker = join(root, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
const run = spawnSync(process.execPath, [stryker, "run", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
const minutes = ((Date.now() - started) / 60000).toFixed(1);

if (run.error) {
  console.error(`mutation: could not start Stryker: ${run.error.message}`);
  process.exit(1);
}
if (!existsSync(reportFile)) {
  console.error(`mutation: Stryker wrote no report (${reportFile}); exit code ${run.status}`);
  process.exit(1);
}

// The score as Stryker defines it: detected (killed + timeout) ÷ valid (all but ignored, compile and
// runtime errors) — "no coverage" counts against it.
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
function tally(mutants) {
  const count = { detected: 0, undetected: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const { status } of mutants) {
    if (DETECTED.has(status)) count.detected++;
    else if (UNDETECTED.has(status)) {
      count.undetected++;
      if (status === "Survived") count.survived++;
      else count.noCoverage++;
    } else if (status === "Ignored") count.ignored++;
    else count.errors++;
  }
  const valid = count.detected + count.undetected;
  return { ...count, valid, score: valid === 0 ? Number.NaN : (100 * count.detected) / valid };
}

const report = JSON.parse(readFileSync(reportFile, "utf8"));
const files = Object.entries(report.files ?? {}).sort(([a], [b]) => a.localeCompare(b));
const all = tally(files.flatMap(([, file]) => file.mutants));
const pct = (score) => (Number.isNaN(score) ? "NaN" : `${score.toFixed(2)}%`);

console.log("\nmutation score per file (killed + timeout) / (all − ignored − errors):");
for (const [name, file] of files) {
  const t = tally(file.mutants);
  console.log(`  ${pct(t.score).padStart(7)}  ${String(t.detected).padStart(4)}/${String(t.valid).padEnd(4)} survived ${t.survived}, no coverage ${t.noCoverage}  ${name}`);
}
console.log(`\nmutation score: ${pct(all.score)} (${all.detected} of ${all.valid} mutants detected; ${all.survived} survived, ${all.noCoverage} without coverage, ${all.ignored} ignored, ${all.errors} errors) in ${minutes} min; break at ${breakAt}%`);

if (Number.isNaN(all.score) || all.valid === 0 || all.score === 0) {
  console.error("mutation: FAILED: the score is 0 or NaN, so the tests never ran against the mutants; check the vitest config Stryker uses.");
  process.exit(1);
}
if (all.score < breakAt) {
  console.error(`mutation: FAILED: the score ${pct(all.score)} is below the break threshold ${breakAt}%.`);
  process.exit(1);
}
if (run.status !== 0) {
  console.error(`mutation: FAILED: Stryker exited with ${run.status}.`);
  process.exit(run.status ?? 1);
}
console.log("mutation: passed");
