// `npm run bench`, headroom (SPEC §8): what headroom, toPass, planQuarter and whatIf cost, counted in
// assessments of the same quarters. The machine is shared, so each is timed in CPU time of this
// process (process.cpuUsage, not the wall clock), in alternating rounds (a burst of assessQuarter,
// then a burst of the function, seven times), and the median of the rounds' ratios is reported: a
// load that comes and goes weighs on both alike. Each is timed on the full quarter of P1 and on the
// mix of the 16 fixture quarters (what a CI or a batch sees: many shapes, not one quarter hot in the
// caches). Target: ≤ 5× each.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROUNDS = 7;
const BURST_MS = 300;

/** Mean CPU microseconds per quarter over a burst of about BURST_MS of CPU time, going round `quarters`. */
function burst(run, quarters) {
  let calls = 0;
  const started = process.cpuUsage();
  let used = 0;
  do {
    for (const quarter of quarters) run(quarter);
    calls += quarters.length;
    const { user, system } = process.cpuUsage(started);
    used = user + system;
  } while (used < BURST_MS * 1000);
  return used / calls;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The medians over alternating rounds of µs per quarter of `run` and of `assess`, and of their ratio. */
function compare(run, assess, quarters) {
  for (let i = 0; i < 20; i += 1) for (const quarter of quarters) (run(quarter), assess(quarter)); // warm up both
  const rounds = Array.from({ length: ROUNDS }, () => {
    const base = burst(assess, quarters);
    const own = burst(run, quarters);
    return { base, own, ratio: own / base };
  });
  return { own: median(rounds.map((r) => r.own)), base: median(rounds.map((r) => r.base)), ratio: median(rounds.map((r) => r.ratio)) };
}

/** Adds the headroom rows (H-P1 … H-P4) to the bench table through `record`. */
export async function benchHeadroom({ library, root, record }) {
  const { assessQuarter, headroom, planQuarter, toPass, whatIf } = await import(library);
  const read = (...path) => JSON.parse(readFileSync(join(root, ...path), "utf8"));
  const full = [read("bench", "full-quarter.json")];
  const folder = join(root, "fixtures", "quarters");
  const fixtures = readdirSync(folder).filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json")).sort().map((name) => read("fixtures", "quarters", name));
  const change = [{ path: "/ecr", to: { simpleCalls: 6, totalCalls: 75 } }];
  const rows = [
    ["H-P1", "headroom", headroom, full, "full quarter: 26 levers"],
    ["H-P1", "headroom", headroom, fixtures, "16 fixture quarters"],
    ["H-P2", "toPass", toPass, fixtures, `16 fixture quarters, ${fixtures.filter((quarter) => assessQuarter(quarter).verdict.downgrade).length} downgraded`],
    ["H-P3", "whatIf", (quarter) => whatIf(quarter, change), fixtures, "16 fixture quarters, 1 change"],
    ["H-P4", "planQuarter", () => planQuarter({ calls: 120, online: 8, offline: 5 }), full, "120 calls, 8 + 5, against the full quarter"],
  ];
  for (const [id, name, run, quarters, on] of rows) {
    const { own, base, ratio } = compare(run, assessQuarter, quarters);
    record(id, `${name} ${own.toFixed(0)} µs = ${ratio.toFixed(1)}× assessQuarter`, "≤ 5×", ratio <= 5, `assessQuarter ${base.toFixed(0)} µs (${on}; CPU time, median of ${ROUNDS} alternating rounds)`);
  }
}
