import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The house's floors: a module imports only from its own floor or lower ones, and no files import
// each other in a circle. numbers/, dates/ and messages/ stand at the ground; the outer rooms (I/O and
// formats) above the library; the CLI and the public surface on top.
const FLOORS: readonly (readonly string[])[] = [
  ["numbers", "dates", "messages", "zod.ts"],
  ["policy", "calendars"],
  ["errors"],
  ["input"],
  ["rules"],
  ["items.ts"],
  ["verdict"],
  ["assessment"],
  ["standing", "headroom"],
  ["report", "check", "batch", "json-schema", "sheets"],
  ["cli"],
  ["index.ts"],
];

const src = join(import.meta.dirname, "..", "src");
const files = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
const room = (file: string) => relative(src, file).split("/")[0] as string;
const floorOf = (file: string) => FLOORS.findIndex((floor) => floor.includes(room(file)));

/** The library files a file imports (type imports too: an arrow is an arrow). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g)].map((match) => resolve(dirname(file), (match[1] as string).replace(/\.js$/, ".ts")));
}

const all = files(src);
const graph = new Map(all.map((file) => [file, importsOf(file)]));

describe("imports run one way (the house's floors)", () => {
  it("every room of src/ has a floor", () => {
    expect(all.filter((file) => floorOf(file) < 0).map((file) => relative(src, file))).toEqual([]);
  });

  it("no module imports from a higher floor", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => floorOf(target) > floorOf(file)).map((target) => `${relative(src, file)} → ${relative(src, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it("no files import each other in a circle", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: readonly string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...path.slice(path.indexOf(file)), file].map((each) => relative(src, each)).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of all) visit(file, []);
    expect(circles).toEqual([]);
  });

  it("numbers/ imports nothing of the library's; policy/ only numbers/ and dates/; messages/ only numbers/ (to write figures)", () => {
    const outside = (folder: string, allowed: readonly string[]) =>
      [...graph].filter(([file]) => room(file) === folder).flatMap(([file, targets]) => targets.filter((target) => !allowed.includes(room(target))).map((target) => `${relative(src, file)} → ${relative(src, target)}`));
    expect(outside("numbers", ["numbers"])).toEqual([]);
    expect(outside("policy", ["policy", "numbers", "dates", "zod.ts"])).toEqual([]);
    expect(outside("messages", ["messages", "numbers"])).toEqual([]);
  });
});
