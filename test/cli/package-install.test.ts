import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

// The package as another project gets it without a registry: `npm pack` (dist/ is built by `npm
// test` before the tests, so the pack skips its own build), then `npm install ./star-assessment-*.tgz`
// in a project of its own, then its bin and its import.
const npm = (args: readonly string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", env: { ...process.env, npm_config_ignore_scripts: "true" } });
let app = "";
let files: string[] = [];

beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), "star-assessment-tarball-"));
  const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", folder], root)) as { filename: string; files: { path: string }[] }[];
  files = (packed?.files ?? []).map((file) => file.path);
  app = join(folder, "app");
  execFileSync("mkdir", [app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  npm(["install", join(folder, packed?.filename ?? ""), "--prefer-offline"], app);
}, 120_000);

describe("the package installed from its tarball", () => {
  it("holds the built dist/ (the bin, ESM, CJS and types), the schemas and the docs, and no sources", () => {
    for (const file of ["dist/cli.js", "dist/batch-worker.js", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "schemas/quarter-input.schema.json", "README.md", "docs/ci.md"]) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith("src/") || file.startsWith("test/"))).toBe(false);
  });

  it("runs its bin: a fixture quarter scored", () => {
    const fixture = join(root, "fixtures", "quarters", "13-no-major-projects.json");
    const out = execFileSync(join(app, "node_modules", ".bin", "star-assessment"), ["score", fixture, "--json"], { encoding: "utf8" });
    // 13: 30 + 25 + 9 + 15 + 20 + 0 = 99
    expect((JSON.parse(out) as { total: number }).total).toBe(99);
  });

  it("is imported by the project", () => {
    writeFileSync(join(app, "use.mjs"), `import { assessQuarter } from "star-assessment";\nconsole.log(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }).total);\n`);
    // every section left out: 30 + 25 + 10 + 15 + 20 = 100
    expect(execFileSync(process.execPath, ["use.mjs"], { cwd: app, encoding: "utf8" }).trim()).toBe("100");
  });
});

describe("installing from a git URL", () => {
  it("builds dist/ on install: prepare (npm) and prepack (yarn, pnpm) run the build", () => {
    const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.prepare).toBe("npm run build --silent");
    expect(scripts.prepack).toBe("npm run build --silent");
    expect(scripts.build).toBe("node scripts/build.mjs");
  });
});
