import { defineConfig } from "tsup";
import { SHEET_FUNCTIONS } from "./src/sheets/declarations.js";
import { appsScript, excelFunctionsJson } from "./src/sheets/files.js";

export default defineConfig([
  {
    // The library and its spreadsheet functions: ESM + CJS with types; dependencies stay external.
    entry: { index: "src/index.ts", sheets: "src/sheets/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
  },
  {
    // China's working days (`star-assessment/chinese-days`): the only entry that loads the optional peer
    // chinese-days, so the core and the sheets bundle never do. Bundled by esbuild alone, which keeps
    // `with { type: "json" }` on the data import (rollup's tree-shaking would rewrite it to `assert`).
    entry: { "chinese-days": "src/calendars/chinese-days.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    esbuildOptions(options) {
      options.supported = { ...options.supported, "import-attributes": true };
    },
  },
  {
    // The CLI: the only entry with I/O.
    entry: { cli: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // `check` may load the chinese-days calendar: keep its JSON import attribute, as above.
    esbuildOptions(options) {
      options.supported = { ...options.supported, "import-attributes": true };
    },
  },
  {
    // The spreadsheet functions as one self-contained script (Google Apps Script, Excel custom
    // functions): an IIFE with every dependency inlined, no require, no Node globals, none of zod's locales.
    entry: { sheets: "src/sheets/index.ts" },
    format: ["iife"],
    globalName: "StarAssessment",
    platform: "browser",
    target: "es2019",
    minify: true,
    noExternal: [/.*/],
    // esbuild drops unused code as it bundles; rollup's tree-shaking would wrap the footer inside the IIFE.
    treeshake: false,
    // The runtime's BigInt, or a stand-in where it has none (src/sheets/bigint.ts).
    inject: ["src/sheets/bigint.ts"],
    footer: {
      // Spreadsheets call custom functions by their global names.
      js: "(function () { for (var name in StarAssessment) if (/^STAR_/.test(name)) globalThis[name] = StarAssessment[name]; })();",
    },
    async onSuccess() {
      // Excel's custom-functions metadata and the Apps Script file, written from the one declaration of the functions.
      const { readFileSync, statSync, writeFileSync } = await import("node:fs");
      writeFileSync("dist/functions.json", excelFunctionsJson(SHEET_FUNCTIONS));
      writeFileSync("dist/star-assessment.apps-script.js", appsScript(SHEET_FUNCTIONS, readFileSync("dist/sheets.global.js", "utf8")));
      console.log(`sheets bundle: dist/sheets.global.js ${(statSync("dist/sheets.global.js").size / 1024).toFixed(1)} KB minified, dist/functions.json, dist/star-assessment.apps-script.js`);
    },
  },
]);
