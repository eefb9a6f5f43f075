// `npm run build`: dist/ from scratch with tsup (tsup.config.ts), quietly: tsup's progress lines
// (stdout) are dropped, its warnings and errors (stderr) still show, and one summary line ends it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
const started = process.hrtime.bigint();
const tsup = createRequire(import.meta.url).resolve("tsup/dist/cli-default.js");
const run = spawnSync(process.execPath, [tsup], { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
if (run.status !== 0) {
  // On failure the progress lines help: show them.
  process.stdout.write(run.stdout ?? "");
  process.exit(run.status ?? 1);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const files = readdirSync(dist).filter((name) => !name.endsWith(".map"));
const kb = (name) => (statSync(join(dist, name)).size / 1024).toFixed(1);
const sheets = existsSync(join(dist, "sheets.global.js")) ? `, sheets.global.js ${kb("sheets.global.js")} KB (limit 256 KB)` : "";
console.log(`built dist/ in ${seconds.toFixed(1)} s: ${files.length} files${sheets}`);
