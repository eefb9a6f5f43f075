import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./run-cli.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const tryIt = readme.slice(readme.indexOf("## Try it"), readme.indexOf("\n## ", readme.indexOf("## Try it") + 1));

describe("README's first screen", () => {
  it("takes a new user from nothing to a scored quarter in two commands, near the top", () => {
    expect(readme.indexOf("## Try it")).toBeGreaterThan(0);
    expect(readme.slice(0, readme.indexOf("## Try it")).split("\n").length).toBeLessThan(15);
    const commands = (/```sh\n([\s\S]*?)```/.exec(tryIt)?.[1] ?? "").trim().split("\n");
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(commands).toHaveLength(2);
    expect(commands[0]).toBe(`npm install ./star-assessment-${version}.tgz`);
    expect(tryIt).toContain("[docs/input.md](docs/input.md)");
  });

  it("prints what it shows, for the minimal input it shows", () => {
    const command = /```sh\n[^\n]*\necho '([^']*)' \| npx star-assessment ([^\n]*)\n```/.exec(tryIt);
    const shown = /```console\n([\s\S]*?)```/.exec(tryIt)?.[1];
    expect(command).not.toBeNull();
    const { code, out } = cli((command?.[2] ?? "").split(" "), { input: command?.[1] ?? "" });
    expect(code).toBe(0);
    expect(out).toBe(`${shown}\n`);
    // 30 + 25 + 10 (not applicable) + 9 (9/75 = 12 %) + 20 (not applicable) = 94
    expect(out).toMatch(/total\s+94\n/);
  });

  it("says how to install without a registry, and the dependency section says why iconv-lite and jsonc-parser", () => {
    expect(readme).toContain("npm install ./star-assessment-0.1.0.tgz");
    expect(readme).toMatch(/npm install "git\+https:\/\/[^"]+#v0\.1\.0"/);
    expect(readme).toContain("npm install-scripts approve star-assessment");
    expect(readme).toMatch(/\| iconv-lite \| [^|]+ \| [^|]*GB18030/);
    expect(readme).toMatch(/\| jsonc-parser \| [^|]*syntax error/);
    const ci = readFileSync(join(root, "docs", "ci.md"), "utf8");
    expect(ci).toContain("npm install --save-dev ./vendor/star-assessment-0.1.0.tgz");
  });
});
