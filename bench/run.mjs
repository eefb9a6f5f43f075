// `npm run bench`: the performance figures of docs/performance.md, measured in one run on this
// machine, each with its reference measured in the same run. Uses the built package (dist/).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { Engine } from "json-rules-engine";
import { Bench } from "tinybench";
import { withBenchBlock } from "./performance-doc.mjs";
import { compare, ROUNDS } from "./timing.mjs";

const root = new URL("..", import.meta.url).pathname;
const library = join(root, "dist", "index.js");
const cli = join(root, "dist", "cli.js");
const { assessQuarter, CLOUD_DESKTOP_2024, QuarterInputSchema, scoreEcr } = await import(library);

// The machine's load as the run starts (1-minute average): figures from a busy machine say so.
const startLoad = loadavg()[0].toFixed(2);
const rows = [];
const record = (id, figure, target, pass, reference) => rows.push({ id, figure, target, pass: pass ? "yes" : "NO", reference });
const perSecond = (task) => task.result.throughput.mean;
const fmt = (n) => Math.round(n).toLocaleString("en-US");

// P1: a realistic full partner-quarter (5 projects, 5 surveys, every section) against validation
// alone, timed as bench/timing.mjs says (CPU time, median of alternating rounds); then the same
// assessment with the policy passed in `options.policy` against the default lookup.
const quarter = JSON.parse(readFileSync(join(root, "bench", "full-quarter.json"), "utf8"));
const p1 = compare(() => assessQuarter(quarter), () => QuarterInputSchema.safeParse(quarter), [quarter]);
const perSecondOf = (microseconds) => 1e6 / microseconds;
record("P1", `assessQuarter ${fmt(perSecondOf(p1.own))}/s`, "≥ 50,000/s", perSecondOf(p1.own) >= 50_000, `safeParse ${fmt(perSecondOf(p1.base))}/s`);
record("P1", `time ${p1.ratio.toFixed(2)}× safeParse`, "≤ 2×", p1.ratio <= 2, `same input, CPU time, median of ${ROUNDS} alternating rounds`);
const withPolicy = compare(() => assessQuarter(quarter, { policy: CLOUD_DESKTOP_2024 }), () => assessQuarter(quarter), [quarter]);
record("P1", `options.policy ${withPolicy.ratio.toFixed(2)}× the default policy`, "same speed (0.95–1.05×)", Math.abs(withPolicy.ratio - 1) <= 0.05, `${withPolicy.own.toFixed(1)} µs against ${withPolicy.base.toFixed(1)} µs`);

// P2: the ECR band decision, against json-rules-engine with one reused engine.
const engine = new Engine();
const edges = [["0.08", 15], ["0.10", 12], ["0.12", 9], ["0.14", 6], ["0.16", 3]];
edges.forEach(([upTo, points], index) => {
  const all = [{ fact: "ecr", operator: "lessThanInclusive", value: Number(upTo) }];
  if (index > 0) all.push({ fact: "ecr", operator: "greaterThan", value: Number(edges[index - 1][0]) });
  engine.addRule({ conditions: { all }, event: { type: "band", params: { points } } });
});
engine.addRule({ conditions: { all: [{ fact: "ecr", operator: "greaterThan", value: 0.16 }] }, event: { type: "band", params: { points: 0 } } });
const calls = { simpleCalls: 9, totalCalls: 75 }; // 12 %: the third band, 9 points
const p2 = new Bench({ time: 2000, warmupTime: 500 });
p2.add("scoreEcr", () => scoreEcr(calls)).add("json-rules-engine", async () => engine.run({ ecr: calls.simpleCalls / calls.totalCalls }));
await p2.run();
const [ecr, rules] = p2.tasks;
const check = (await engine.run({ ecr: 9 / 75 })).events[0].params.points;
if (check !== scoreEcr(calls).score) throw new Error(`the engines disagree: ${check} vs ${scoreEcr(calls).score}`);
record("P2", `scoreEcr ${fmt(perSecond(ecr))}/s`, "≥ 1,000,000/s", perSecond(ecr) >= 1_000_000, "");
record("P2", `${(perSecond(ecr) / perSecond(rules)).toFixed(1)}× json-rules-engine`, "≥ 50×", perSecond(ecr) / perSecond(rules) >= 50, `json-rules-engine ${fmt(perSecond(rules))}/s`);

// P3: cold start, the package's import against an empty node, median of 15 runs each.
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wall = (args) => {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const empty = median(Array.from({ length: 15 }, () => wall(["-e", "0"])));
const loaded = median(Array.from({ length: 15 }, () => wall(["-e", `import(${JSON.stringify(library)})`])));
record("P3", `import +${(loaded - empty).toFixed(0)} ms`, "≤ +150 ms", loaded - empty <= 150, `node -e 0: ${empty.toFixed(0)} ms`);

// P4: batch of generated partner-quarters (JSONL), wall time and peak memory at 10,000 and 100,000 rows.
const folder = mkdtempSync(join(tmpdir(), "star-bench-"));
const peakProbe = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))";
const batch = (count) => {
  const input = join(folder, `q${count}.jsonl`);
  const generated = spawnSync(process.execPath, [join(root, "bench", "generate-quarters.mjs"), String(count), "jsonl"], { maxBuffer: 1 << 30 });
  writeFileSync(input, generated.stdout);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", peakProbe, cli, "batch", input, "-o", join(folder, "out.jsonl")], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
  if (run.status !== 0) throw new Error(`batch failed: ${run.stderr}`);
  return { seconds, peak };
};
const small = batch(10_000);
const large = batch(100_000);
rmSync(folder, { recursive: true, force: true });
record("P4", `100,000 rows in ${large.seconds.toFixed(2)} s`, "≤ 5 s", large.seconds <= 5, `10,000 rows: ${small.seconds.toFixed(2)} s`);
record("P4", `peak ${large.peak.toFixed(0)} MB at 100,000 rows`, "≤ 150 MB", large.peak <= 150, `${small.peak.toFixed(0)} MB at 10,000 rows`);
record("P4", `peak grows ${(large.peak - small.peak).toFixed(0)} MB from 10,000 to 100,000 rows`, "flat (streaming)", large.peak - small.peak <= 0.15 * small.peak, "");

await (await import("./headroom.mjs")).benchHeadroom({ library, root, record });
const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
const printed = [
  `star-assessment bench · ${cpu} · ${availableParallelism()} cores · ${memory} · Node ${process.version} · ${platform()} · load ${startLoad} · ${new Date().toISOString().slice(0, 10)}`,
  "",
  "| id | figure | target | met | reference (same run) |",
  "|---|---|---|---|---|",
  ...rows.map((row) => `| ${row.id} | ${row.figure} | ${row.target} | ${row.pass} | ${row.reference} |`),
].join("\n");
console.log(printed);
// docs/performance.md holds what was printed, between its markers (bench/performance-doc.mjs).
const doc = join(root, "docs", "performance.md");
writeFileSync(doc, withBenchBlock(readFileSync(doc, "utf8"), printed));
