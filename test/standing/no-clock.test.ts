import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// No clock is read inside the library (asOf is always an argument; docs/standing.md): outside src/cli/, no
// source calls Date.now(), new Date() without arguments, or performance.now().
const src = join(import.meta.dirname, "..", "..", "src");
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : entry.name.endsWith(".ts") ? [join(folder, entry.name)] : []));

describe("no clock inside the library", () => {
  const library = files(src).filter((file) => !relative(src, file).startsWith("cli"));

  it("looks at the standing's own modules", () => {
    expect(library.map((file) => relative(src, file))).toEqual(expect.arrayContaining(["standing/standing.ts", "dates/months.ts", "dates/working-days.ts", "calendars/chinese-days.ts"]));
  });

  it.each(library.map((file) => [relative(src, file), file]))("%s reads no clock", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/Date\.now\s*\(|new Date\s*\(\s*\)|performance\.now\s*\(/);
  });
});
