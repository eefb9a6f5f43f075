// `npm run bench`, headroom (SPEC §8): what headroom, toPass, planQuarter and whatIf cost, counted in
// assessments of the same quarter. The machine is shared, so each is timed in CPU time of this process
// (process.cpuUsage, not the wall clock), in alternating rounds (a burst of assessQuarter, then a burst
// of the function, seven times), and the median of the rounds' ratios is reported: a load that comes
// and goes weighs on both alike. Target: ≤ 5× each.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROUNDS = 7;
const BURST_MS = 300;

/** Mean CPU microseconds per call over a burst of about BURST_MS of CPU time. */
function burst(run) {
  let calls = 0;
  const started = process.cpuUsage();
  let used = 0;
  do {
    for (let i = 0; i < 20; i += 1) run();
    calls += 20;
    const { user, system } = process.cpuUsage(started);
    used = user + system;
  } while (used < BURST_MS * 1000);
  return used / calls;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median over alternating rounds of µs per call of `run` and of `reference`, and of their ratio. */
function compare(run, reference) {
  for (let i = 0; i < 200; i += 1) (run(), reference()); // warm up both
  const rounds = Array.from({ length: ROUNDS }, () => {
    const base = burst(reference);
    const own = burst(run);
    return { base, own, ratio: own / base };
  });
  return { own: median(rounds.map((r) => r.own)), base: median(rounds.map((r) => r.base)), ratio: median(rounds.map((r) => r.ratio)) };
}

/** Adds the headroom rows (H-P1 … H-P4) to the bench table through `record`. */
export async function benchHeadroom({ library, root, record }) {
  const { assessQuarter, headroom, planQuarter, toPass, whatIf } = await import(library);
  const full = JSON.parse(readFileSync(join(root, "bench", "full-quarter.json"), "utf8"));
  // toPass has work to do only on a downgraded quarter: three items at 0 and a total of 11.5
  const downgraded = JSON.parse(readFileSync(join(root, "fixtures", "quarters", "08-multi-item-zero-below-70.json"), "utf8"));
  const change = [{ path: "/training/online/completed", to: 6 }];
  const rows = [
    ["H-P1", "headroom", () => headroom(full), () => assessQuarter(full), "full quarter"],
    ["H-P2", "toPass", () => toPass(downgraded), () => assessQuarter(downgraded), "fixture 08"],
    ["H-P3", "whatIf", () => whatIf(full, change), () => assessQuarter(full), "full quarter, 1 change"],
    ["H-P4", "planQuarter", () => planQuarter({ calls: 120, online: 8, offline: 5 }), () => assessQuarter(full), "120 calls, 8 + 5"],
  ];
  for (const [id, name, run, reference, on] of rows) {
    const { own, base, ratio } = compare(run, reference);
    record(id, `${name} ${own.toFixed(0)} µs = ${ratio.toFixed(1)}× assessQuarter`, "≤ 5×", ratio <= 5, `assessQuarter ${base.toFixed(0)} µs (${on}; CPU time, median of ${ROUNDS} alternating rounds)`);
  }
}
