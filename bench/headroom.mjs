// `npm run bench`, headroom (docs/headroom.md): what headroom, toPass, planQuarter and whatIf cost,
// counted in assessments of the same quarters, timed as bench/timing.mjs says (CPU time, median of
// alternating rounds against assessQuarter). Each is timed on the full quarter of P1 and on the
// mix of the 16 fixture quarters (what a CI or a batch sees: many shapes, not one quarter hot in the
// caches). Target: ≤ 5× each.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, ROUNDS } from "./timing.mjs";

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
