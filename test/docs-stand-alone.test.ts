import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The repository stands alone: its comments, test names and docs cite the policy by clause (四.1.b,
// 4.1.b) and the project's own docs (docs/interpretations.md, docs/input.md, docs/rules.md …), never a
// contract document kept outside it, which a reader of the repository does not have. The needles are
// built from pieces, so that this file does not find itself.
const SECTION_SIGN = "\u00a7";
const CONTRACT = ["SP", "EC"].join("");
const NEEDLES: readonly string[] = [`${CONTRACT} ${SECTION_SIGN}`, `${CONTRACT}.md`, SECTION_SIGN, ["..", "shared"].join("/")];

const root = join(import.meta.dirname, "..");
const FOLDERS = ["src", "test", "bench", "scripts", "docs", "fixtures"];
const files = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path]);
const all = [...FOLDERS.flatMap((folder) => files(join(root, folder))), join(root, "README.md")];

/** Each line of `text` that holds a needle, as "line: needle, needle …" (lines counted from 1). */
function citations(text: string): string[] {
  return text.split("\n").flatMap((line, index) => {
    const found = NEEDLES.filter((needle) => line.includes(needle));
    return found.length === 0 ? [] : [`${index + 1}: ${found.join(", ")}`];
  });
}

describe("the repository stands alone: no citation of a document outside it", () => {
  it("finds each kind of citation in a line that holds one, and none in a clause or a doc of the project", () => {
    const text = [
      `see ${CONTRACT} ${SECTION_SIGN}4`,
      `read ${CONTRACT}.md first`,
      `the fields of ${SECTION_SIGN}4`,
      `from ${["..", "shared"].join("/")}/policy`,
      "四.1.b: a total below 70 downgrades (docs/interpretations.md, R4)",
    ].join("\n");
    expect(citations(text)).toEqual([`1: ${CONTRACT} ${SECTION_SIGN}, ${SECTION_SIGN}`, `2: ${CONTRACT}.md`, `3: ${SECTION_SIGN}`, `4: ${["..", "shared"].join("/")}`]);
  });

  it("looks at every folder it names, this file included", () => {
    const names = all.map((file) => relative(root, file));
    expect(names).toEqual(expect.arrayContaining(["README.md", "docs/interpretations.md", "fixtures/quarters/README.md", "src/index.ts", "test/docs-stand-alone.test.ts"]));
    for (const folder of FOLDERS) expect(names.some((name) => name.startsWith(`${folder}/`))).toBe(true);
  });

  it("no comment, test name or doc cites one", () => {
    const found = all.flatMap((file) => citations(readFileSync(file, "utf8")).map((line) => `${relative(root, file)}:${line}`));
    expect(found).toEqual([]);
  });
});
