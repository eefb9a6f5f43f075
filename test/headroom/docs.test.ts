import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headroom, type Language, planQuarter, toPass, whatIf } from "../../src/index.js";
import { renderHeadroom, renderPlan, renderWhatIf } from "../../src/report/headroom-bars.js";

// docs/headroom.md: every block after a `<!-- check: … -->` comment is the library's own output on the
// quarter it names; each of its lines (in order) must be in what the library produces, each JSON a
// part of the result.

const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "headroom.md"), "utf8");
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", `${name}.json`), "utf8"));
const CHECKED = /<!-- check: ([^>]+) -->\n```(\w+)\n([\s\S]*?)\n```/g;

/** The output a check names. */
function produce(words: string[]): string | object {
  const [kind, ...rest] = words;
  const lang = rest.at(-1) as Language;
  if (kind === "headroom") return renderHeadroom(headroom(fixture(rest[0] as string)), toPass(fixture(rest[0] as string)), lang, "table");
  if (kind === "headroom-json") return headroom(fixture(rest[0] as string));
  if (kind === "toPass") return toPass(fixture(rest[0] as string));
  if (kind === "plan") {
    const volumes = Object.fromEntries(rest.slice(0, -1).map((pair) => pair.split("=")).map(([key, value]) => [key, Number(value)]));
    return renderPlan(planQuarter(volumes), lang, "table");
  }
  if (kind === "what-if") {
    const changes = rest.slice(1, -1).map((set) => ({ path: set.split("=")[0] as string, to: JSON.parse(set.split("=")[1] as string) as number }));
    return renderWhatIf(whatIf(fixture(rest[0] as string), changes), lang, "table");
  }
  throw new Error(`unknown check ${kind}`);
}

const checks = [...doc.matchAll(CHECKED)].map(([, command, language, body]) => ({ command: command as string, language: language as string, body: body as string }));

describe("docs/headroom.md worked examples", () => {
  it("has its examples", () => {
    expect(checks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(checks)("$command", ({ command, language, body }) => {
    const output = produce(command.trim().split(/\s+/));
    if (language === "json") {
      expect(output).toMatchObject(JSON.parse(body) as object);
      return;
    }
    const lines = (output as string).split("\n");
    let from = 0;
    for (const line of body.split("\n")) {
      const at = lines.indexOf(line, from);
      expect(at, `not in the output (in order): ${line}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });
});
