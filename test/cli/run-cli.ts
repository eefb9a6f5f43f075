import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The repository's root; the built CLI (`npm test` builds first) is `dist/cli.js` under it. */
export const root = join(import.meta.dirname, "..", "..");

/** Runs the built CLI as a child process, the way a user or a CI job does, with stdout piped. */
export function cli(args: readonly string[], options: { input?: string; lang?: string } = {}) {
  const result = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, LANG: options.lang ?? "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
