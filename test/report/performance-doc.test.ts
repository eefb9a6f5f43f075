import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const module = pathToFileURL(join(root, "bench", "performance-doc.mjs")).href;
/** Runs bench/performance-doc.mjs's functions in a child node (the bench is plain JavaScript, outside the typed sources). */
const call = (expression: string) => execFileSync(process.execPath, ["--input-type=module", "-e", `import * as doc from ${JSON.stringify(module)}; process.stdout.write(JSON.stringify(${expression}));`], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

// The first line bench/run.mjs prints: the machine (CPU, cores, memory, Node, system, load) and the date.
const MACHINE_LINE = /^star-assessment bench · .+ · \d+ cores · \d+ GiB · Node v\d+\.\d+\.\d+ · [a-z0-9]+ · load \d+\.\d\d · \d{4}-\d{2}-\d{2}$/;
const ROW = /^\| P[1-4] \| [^|]+ \| [^|]+ \| (yes|NO) \| [^|]* \|$/;

describe("docs/performance.md", () => {
  it("holds, between its markers, a block of the shape `npm run bench` prints: machine and date, then the figures", () => {
    const text = readFileSync(join(root, "docs", "performance.md"), "utf8");
    const block = JSON.parse(call(`doc.benchBlock(${JSON.stringify(text)})`)) as string;
    const lines = block.split("\n");
    expect(lines[0]).toMatch(MACHINE_LINE);
    expect(lines.slice(1, 4)).toEqual(["", "| id | figure | target | met | reference (same run) |", "|---|---|---|---|---|"]);
    const rows = lines.slice(4);
    for (const row of rows) expect(row).toMatch(ROW);
    expect(rows.map((row) => row.slice(2, 4))).toEqual(["P1", "P1", "P2", "P2", "P3", "P4", "P4", "P4"]);
  });

  it("is rewritten by the bench between its markers only, the prose around kept", () => {
    const doc = `# Performance\n\nprose before\n\n${JSON.parse(call("doc.START"))}\nold figures\n${JSON.parse(call("doc.END"))}\n\nprose after\n`;
    const written = JSON.parse(call(`doc.withBenchBlock(${JSON.stringify(doc)}, "new figures\\n")`)) as string;
    expect(written).toContain("prose before");
    expect(written).toContain("prose after");
    expect(written).not.toContain("old figures");
    expect(JSON.parse(call(`doc.benchBlock(${JSON.stringify(written)})`))).toBe("new figures");
    // run twice, the same document
    expect(JSON.parse(call(`doc.withBenchBlock(${JSON.stringify(written)}, "new figures")`))).toBe(written);
    expect(() => call(`doc.withBenchBlock("no markers", "x")`)).toThrow();
  });

  it("bench/run.mjs prints its block and writes it into docs/performance.md", () => {
    const bench = readFileSync(join(root, "bench", "run.mjs"), "utf8");
    expect(bench).toContain("console.log(printed);");
    expect(bench).toContain('writeFileSync(doc, withBenchBlock(readFileSync(doc, "utf8"), printed));');
  });
});
