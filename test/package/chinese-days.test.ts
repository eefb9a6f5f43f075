import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

// chinese-days is an optional peer dependency: only `star-assessment/chinese-days` may load it. These
// tests read the built files (`npm test` builds first), following every relative import of an entry.
const root = join(import.meta.dirname, "..", "..");
const dist = join(root, "dist");

/** The text of an entry and of every file it imports by a relative path, transitively. */
function bundleOf(entry: string): string {
  const seen = new Set<string>();
  const texts: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const text = readFileSync(file, "utf8");
    texts.push(text);
    for (const match of text.matchAll(/(?:from\s*|import\s*\(?|require\()\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), match[1] as string));
  };
  visit(join(dist, entry));
  return texts.join("\n");
}

describe("the chinese-days calendar stays on its own subpath", () => {
  it.each(["index.js", "index.cjs", "sheets.js", "sheets.cjs", "sheets.global.js"])("dist/%s and what it imports never load chinese-days", (entry) => {
    expect(bundleOf(entry)).not.toMatch(/chinese-days/);
  });

  it("dist/chinese-days.js and .cjs load its data table, with the JSON import attribute in ESM", () => {
    expect(bundleOf("chinese-days.js")).toContain('from "chinese-days/dist/chinese-days.json" with { type: "json" }');
    expect(bundleOf("chinese-days.cjs")).toContain('require("chinese-days/dist/chinese-days.json")');
  });

  it("is imported as `star-assessment/chinese-days` with ESM and CommonJS", () => {
    const consumer = mkdtempSync(join(tmpdir(), "star-assessment-chinese-days-"));
    mkdirSync(join(consumer, "node_modules"));
    symlinkSync(root, join(consumer, "node_modules", "star-assessment"), "dir");
    const run = (file: string, source: string) => {
      writeFileSync(join(consumer, file), source);
      return execFileSync(process.execPath, [file], { cwd: consumer, encoding: "utf8" }).trim();
    };
    // 国庆: 2024-10-01 off, Saturday 2024-10-12 worked; left Fri 2024-09-27 → declared by Tue 2024-10-08
    expect(
      run(
        "esm.mjs",
        `import { chineseWorkingDays } from "star-assessment/chinese-days";
         import { addWorkingDays } from "star-assessment";
         console.log(chineseWorkingDays.isWorkingDay("2024-10-01"), chineseWorkingDays.isWorkingDay("2024-10-12"), addWorkingDays("2024-09-27", 3, chineseWorkingDays));`,
      ),
    ).toBe("false true 2024-10-08");
    expect(run("cjs.cjs", `const { chineseWorkingDays } = require("star-assessment/chinese-days"); console.log(chineseWorkingDays.isWorkingDay("2025-01-26"));`)).toBe("true");
  });
});
