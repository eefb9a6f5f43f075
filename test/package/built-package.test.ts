import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

// These tests use the built package (`npm test` builds before it tests), installed by a link in a
// folder of its own, the way another project would import it.
const root = join(import.meta.dirname, "..", "..");
const fixture = join(root, "fixtures", "quarters", "01-all-clear.json");
let consumer = "";

const run = (file: string, source: string) => {
  writeFileSync(join(consumer, file), source);
  return execFileSync(process.execPath, [file], { cwd: consumer, encoding: "utf8" });
};

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "star-assessment-consumer-"));
  mkdirSync(join(consumer, "node_modules"));
  symlinkSync(root, join(consumer, "node_modules", "star-assessment"), "dir");
});

describe("the built package", () => {
  it("is imported with ESM `import` and scores a quarter", () => {
    const out = run(
      "esm.mjs",
      `import { readFileSync } from "node:fs";
       import { assessQuarter } from "star-assessment";
       const a = assessQuarter(JSON.parse(readFileSync(${JSON.stringify(fixture)}, "utf8")));
       console.log(a.total, a.verdict.downgrade);`,
    );
    // 01-all-clear: 29 + 25 + 10 + 15 + 20 + 2 (bonus) = 101, not clamped (see its _why)
    expect(out.trim()).toBe("101 false");
  });

  it("is loaded with CommonJS `require` and scores a quarter", () => {
    const out = run(
      "cjs.cjs",
      `const { assessQuarter, AssessmentInputError } = require("star-assessment");
       const a = assessQuarter(JSON.parse(require("node:fs").readFileSync(${JSON.stringify(fixture)}, "utf8")));
       let bad; try { assessQuarter({}); } catch (e) { bad = e instanceof AssessmentInputError; }
       console.log(a.total, bad);`,
    );
    expect(out.trim()).toBe("101 true");
  });

  // zod registers its English default on its first schema construction (its own doing, whoever builds
  // the first schema); the package must not set anything else, e.g. the zh-CN locale it uses per parse.
  it("is side-effect free: importing it adds no global and leaves zod's messages English", () => {
    const out = run(
      "side-effects.mjs",
      // the zod the package resolves (through the link, from this repo's node_modules)
      `import { z } from ${JSON.stringify(pathToFileURL(join(root, "node_modules", "zod", "index.js")).href)};
       const before = Object.getOwnPropertyNames(globalThis).join();
       await import("star-assessment");
       const after = Object.getOwnPropertyNames(globalThis).join();
       const message = z.string().safeParse(1).error.issues[0].message;
       console.log(before === after, Object.keys(z.config()).sort().join(), message);`,
    );
    expect(out.trim()).toBe("true localeError,memoizer Invalid input: expected string, received number");
  });
});

describe("the spreadsheet files in the package's exports", () => {
  it.each([
    ["star-assessment/sheets.global.js", "dist/sheets.global.js"],
    ["star-assessment/functions.json", "dist/functions.json"],
    ["star-assessment/apps-script.js", "dist/star-assessment.apps-script.js"],
  ])("%s resolves to %s, for require and for import", (specifier, file) => {
    const out = run(
      "resolve.mjs",
      `import { createRequire } from "node:module";
       import { realpathSync } from "node:fs";
       import { fileURLToPath } from "node:url";
       const viaRequire = realpathSync(createRequire(import.meta.url).resolve(${JSON.stringify(specifier)}));
       const viaImport = realpathSync(fileURLToPath(import.meta.resolve(${JSON.stringify(specifier)})));
       console.log(viaRequire === viaImport, viaRequire);`,
    );
    expect(out.trim()).toBe(`true ${join(realpathSync(root), file)}`);
  });
});

describe("README", () => {
  it("runs its TypeScript usage example and prints what it says", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    const printed = /```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(printed).toBeDefined();
    const js = ts.transpileModule(example ?? "", { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    expect(run("readme.mjs", js)).toBe(printed);
  });
});
