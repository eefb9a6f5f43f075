import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

// dist/sheets.global.js tested the way a spreadsheet runs it: the file's text evaluated as a plain
// script in a fresh V8 context with nothing but the language's built-ins (no require, no process, no
// Buffer, no module), then the functions called with cell values and 2-D arrays of rows.
const BUNDLE = join(import.meta.dirname, "..", "..", "dist", "sheets.global.js");
// The bundle holds the library's own section schemas (zod core, ~77 KB) and decimal.js (~31 KB), so a
// sheet checks its cells exactly as assessQuarter does; 256 KB is far within what Apps Script and
// Excel load.
const LIMIT_BYTES = 256 * 1024;
const NAMES = [
  "STAR_ECR",
  "STAR_ECR_RATE",
  "STAR_MAJOR_PROJECTS",
  "STAR_MAX_SIMPLE_CALLS",
  "STAR_MIN_OFFLINE_ATTENDED",
  "STAR_MIN_ONLINE_COMPLETED",
  "STAR_REP_OFFICE",
  "STAR_SATISFACTION",
  "STAR_TOTAL",
  "STAR_TRAINING",
  "STAR_VERDICT",
] as const;

type SheetFunction = (...args: unknown[]) => unknown;
type Sheet = Record<(typeof NAMES)[number], SheetFunction> & { StarAssessment: Record<string, SheetFunction> };

function bundleText(): string {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (this test checks the built spreadsheet bundle, not the sources)`);
  }
  return readFileSync(BUNDLE, "utf8");
}

/** A fresh context with no Node globals and no BigInt (older Excel runtimes lack it), after running the bundle in it. */
function loadSheet(): Sheet {
  const context = vm.createContext({});
  vm.runInContext("delete globalThis.BigInt", context);
  vm.runInContext(bundleText(), context, { filename: "sheets.global.js" });
  return context as Sheet;
}

describe("dist/sheets.global.js", () => {
  it(`is at most 256 KB (${LIMIT_BYTES} bytes) minified`, () => {
    bundleText();
    expect(statSync(BUNDLE).size).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it("needs no module loader, no Node global and no BigInt literal, and loads none of zod's message locales", () => {
    const text = bundleText();
    expect(text).not.toContain("require(");
    expect(text).not.toContain("process.");
    expect(text).not.toMatch(/\b\d+n\b/); // a BigInt literal would be a syntax error where BigInt is missing
    expect(text).not.toContain("Ungültige Eingabe"); // zod's German locale: the locales are left out
  });

  it("runs where BigInt is missing: the context has none, and the functions still score", () => {
    const sheet = loadSheet();
    expect(vm.runInContext("typeof BigInt", sheet as unknown as vm.Context)).toBe("undefined");
    expect(sheet.StarAssessment.STAR_ECR?.(6, 75)).toBe(15);
  });

  it("runs in a context without require, process, Buffer or module", () => {
    const context = vm.createContext({});
    expect(vm.runInContext("[typeof require, typeof process, typeof Buffer, typeof module, typeof exports].join()", context)).toBe(
      "undefined,undefined,undefined,undefined,undefined",
    );
    vm.runInContext(bundleText(), context);
    expect(Object.keys((context as Sheet).StarAssessment).filter((name) => name.startsWith("STAR_")).sort()).toEqual([...NAMES]);
  });

  it("puts each STAR_* function on the global object, where a sheet looks it up by name", () => {
    const sheet = loadSheet();
    const missing = NAMES.filter((name) => sheet[name] !== sheet.StarAssessment[name]);
    expect(
      missing,
      "the bundle's footer must copy every STAR_* export of StarAssessment onto globalThis after the IIFE has run " +
        "(tsup.config.ts: with `treeshake: true` tsup re-wraps the bundle with rollup and the footer ends up inside the IIFE, before StarAssessment is assigned)",
    ).toEqual([]);
  });

  describe("called the way a sheet calls it", () => {
    const fns = () => loadSheet().StarAssessment;

    it("STAR_ECR(6, 75) → 15 (6/75 is exactly 8 %); STAR_ECR(6, 74) → 12", () => {
      expect(fns().STAR_ECR?.(6, 75)).toBe(15);
      expect(fns().STAR_ECR?.(6, 74)).toBe(12);
    });

    it('STAR_SATISFACTION([["非常满意"], ["满意"], [""], ["回访不通"]]) → (25 + 15) / 2 − 2 = 18', () => {
      expect(fns().STAR_SATISFACTION?.([["非常满意"], ["满意"], [""], ["回访不通"]])).toBe(18);
    });

    it('STAR_MAJOR_PROJECTS([[28, ""], ["missing", "逾期"]]) → (28 + 0 + 0) / 3 = 9.333… → 9.33', () => {
      expect(fns().STAR_MAJOR_PROJECTS?.([[28, ""], ["missing", "逾期"]])).toBe(9.33);
    });

    it("STAR_REP_OFFICE([[0]], 1, \"\", 3, null) → 10 − 0.5 = 9.5", () => {
      expect(fns().STAR_REP_OFFICE?.([[0]], 1, "", 3, null)).toBe(9.5);
    });

    it('STAR_ECR_RATE("9.5%") → 12; STAR_ECR_RATE(0.095) → 12; STAR_ECR_RATE(0.5, 5) → 15', () => {
      expect(fns().STAR_ECR_RATE?.("9.5%")).toBe(12);
      expect(fns().STAR_ECR_RATE?.(0.095)).toBe(12);
      expect(fns().STAR_ECR_RATE?.(0.5, 5)).toBe(15);
    });

    it("STAR_TRAINING(6, 6, 3, 2) → 10 + 3 = 13", () => {
      expect(fns().STAR_TRAINING?.(6, 6, 3, 2)).toBe(13);
    });

    it("STAR_TOTAL(28, 25, 9.5, 15, 13, 2) → 92.5; STAR_TOTAL(16.666, 16.666, 0, 0, 0) → 16.67 + 16.67 = 33.34", () => {
      expect(fns().STAR_TOTAL?.(28, 25, 9.5, 15, 13, 2)).toBe(92.5);
      expect(fns().STAR_TOTAL?.(16.666, 16.666, 0, 0, 0)).toBe(33.34);
    });

    it("STAR_VERDICT: 100 → 保持星级 / keep; satisfaction 0 → 降级 naming 客户满意度; 59 → below 70", () => {
      expect(fns().STAR_VERDICT?.(30, 25, 10, 15, 20)).toBe("保持星级");
      expect(fns().STAR_VERDICT?.(30, 25, 10, 15, 20, "", "en")).toBe("keep");
      expect(fns().STAR_VERDICT?.(30, 0, 10, 15, 20)).toBe("降级:四.1.a:考核项“客户满意度”得 0 分");
      expect(fns().STAR_VERDICT?.(20, 15, 5, 9, 10, null, "en")).toBe("downgrade: 4.1.b: total 59 is below 70");
    });

    it("bad input throws an error naming the argument, in English and Chinese", () => {
      const sheet = fns();
      expect(() => sheet.STAR_ECR?.("abc", 75)).toThrow('STAR_ECR: simple (simple calls): expected a number, received "abc" / 参数 simple(简单问题来电数):应为数值,收到 "abc"');
      expect(() => sheet.STAR_ECR?.(9, 5)).toThrow(/^STAR_ECR: simple \(simple calls\): simple calls \(9\) are more than all calls \(5\)/);
      expect(() => sheet.STAR_SATISFACTION?.([["满意"], ["great"]])).toThrow(/^STAR_SATISFACTION: outcomes \(outcomes\), row 2, column 1 of the range: unknown survey outcome "great"/);
      expect(() => sheet.STAR_TOTAL?.(31, 25, 10, 15, 20)).toThrow(/^STAR_TOTAL: major \(major-project delivery\): the item "major-project delivery" scored 31, above its maximum 30/);
    });
  });
});

describe("the files written from the functions' one declaration (dist/functions.json, dist/star-assessment.apps-script.js)", () => {
  const dist = join(import.meta.dirname, "..", "..", "dist");

  it("functions.json names the eleven functions with their parameters, descriptions in English and Chinese", () => {
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: { id: string; name: string; description: string; parameters: { name: string; description: string; dimensionality: string; optional: boolean }[] }[];
    };
    expect(metadata.functions.map((fn) => fn.name).sort()).toEqual([...NAMES]);
    const ecr = metadata.functions.find((fn) => fn.id === "STAR_ECR");
    expect(ecr?.parameters.map((param) => [param.name, param.dimensionality, param.optional])).toEqual([
      ["simple", "scalar", false],
      ["total", "scalar", false],
    ]);
    expect(ecr?.description).toMatch(/^ECR \(3\.2\.4, 15 points\).* \/ ECR\(三\.2\.4,15 分\)/);
    expect(metadata.functions.find((fn) => fn.id === "STAR_SATISFACTION")?.parameters[0]?.dimensionality).toBe("matrix");
  });

  it("the Apps Script file is the bundle and one documented top-level function per declared function, which runs as the bundle's", () => {
    const text = readFileSync(join(dist, "star-assessment.apps-script.js"), "utf8");
    expect(text).toContain(bundleText().trim());
    for (const name of NAMES) expect(text).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
    const context = vm.createContext({});
    vm.runInContext(text, context);
    expect((context as Sheet).STAR_TRAINING(6, 6, 3, 2)).toBe(13);
  });
});
