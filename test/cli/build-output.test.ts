import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

// `npm run build` (scripts/build.mjs) run against a stand-in tsup in a folder of its own (the real
// build takes half a minute and would pull dist/ from under the other tests): tsup's progress is
// dropped, its warnings still show, and one summary line ends the build.
function buildWith(tsup: string) {
  const folder = mkdtempSync(join(tmpdir(), "star-build-"));
  mkdirSync(join(folder, "scripts"));
  cpSync(join(root, "scripts", "build.mjs"), join(folder, "scripts", "build.mjs"));
  mkdirSync(join(folder, "node_modules", "tsup", "dist"), { recursive: true });
  writeFileSync(join(folder, "node_modules", "tsup", "package.json"), JSON.stringify({ name: "tsup", version: "0.0.0" }));
  writeFileSync(join(folder, "node_modules", "tsup", "dist", "cli-default.js"), tsup);
  mkdirSync(join(folder, "dist"));
  writeFileSync(join(folder, "dist", "stale.js"), "");
  return spawnSync(process.execPath, [join(folder, "scripts", "build.mjs")], { cwd: folder, encoding: "utf8" });
}

const standIn = (exitCode: number) => `
const { mkdirSync, writeFileSync } = require("node:fs");
console.log("CLI Building entry: {\\"index\\":\\"src/index.ts\\"}");
console.log("ESM ⚡️ Build success in 12ms");
console.error(" WARN  ▲ [WARNING] Big integer literals are not available [bigint]");
mkdirSync("dist", { recursive: true });
writeFileSync("dist/index.js", "x");
writeFileSync("dist/index.js.map", "x");
writeFileSync("dist/sheets.global.js", "x".repeat(2048));
process.exit(${exitCode});
`;

describe("npm run build", () => {
  it("prints one summary line, drops tsup's progress, keeps its warnings, and starts from an empty dist/", () => {
    const { status, stdout, stderr } = buildWith(standIn(0));
    expect(status).toBe(0);
    // dist/ holds index.js and sheets.global.js (maps are not counted; stale.js was removed): 2048 bytes = 2.0 KB
    expect(stdout).toMatch(/^built dist\/ in \d+\.\d s: 2 files, sheets\.global\.js 2\.0 KB \(limit 256 KB\)\n$/);
    expect(stderr).toContain("[WARNING] Big integer literals are not available [bigint]");
  });

  it("shows tsup's progress and fails when the build fails", () => {
    const { status, stdout } = buildWith(standIn(1));
    expect(status).toBe(1);
    expect(stdout).toContain("CLI Building entry");
    expect(stdout).not.toContain("built dist/");
  });
});
