import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every `@example` of a doc comment in src/ is run here: its code is evaluated with every module's
// exports, the public surface and its own module's exports in scope, and its result compared
// with what the comment after it says (`@example scoreEcr({ simpleCalls: 6, totalCalls: 75 }).score; // 15`).
// Reasoning may lead the expected value ("(28 + 0) ÷ 2 = 14", "8% < 9.5% ≤ 10% → 12": the value after
// whichever of the last "→" and the last " = " comes later), and
// a note may follow it ("false: RATING_REQUIRED"); `// throws "…"` expects an error whose message
// starts with the text.

const src = join(import.meta.dirname, "..", "src");
const files = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly comment: string;
}

/** The examples of a file: the text after `@example` on its line, split at its final `// `. */
function examplesOf(file: string): Example[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((text, index) => {
      const match = /^\s*\*\s*@example\s+(.*)$/.exec(text);
      if (match === null) return [];
      const body = match[1] as string;
      const cut = body.lastIndexOf("; // ");
      return [{ file: relative(src, file), line: index + 1, code: cut < 0 ? body : body.slice(0, cut), comment: cut < 0 ? "" : body.slice(cut + 5) }];
    });
}

/** The value a comment states: the longest leading text that is a JavaScript expression, after the last "→" or " = " of any reasoning. */
function expectedOf(comment: string): { readonly throws: string } | { readonly value: unknown } {
  const throws = /^throws "(.*)"/.exec(comment);
  if (throws !== null) return { throws: throws[1] as string };
  const arrow = comment.lastIndexOf("→ ");
  const equals = comment.lastIndexOf(" = ");
  const stated = (arrow > equals ? comment.slice(arrow + 2) : equals >= 0 ? comment.slice(equals + 3) : comment).replace(/^−/, "-");
  for (let end = stated.length; end > 0; end -= 1) {
    try {
      return { value: new Function(`return (${stated.slice(0, end)});`)() as unknown };
    } catch {
      // a shorter prefix, then
    }
  }
  throw new Error(`no expected value in the comment "${comment}"`);
}

const examples = files(src).flatMap(examplesOf);
/** Whether a name can be a function's parameter (zod's `enum` and `null` exports cannot). */
const isParameterName = (name: string) => {
  try {
    new Function(name, "");
    return true;
  } catch {
    return false;
  }
};
// Every module's exports are in scope (the command line's excepted: it runs when loaded), its own last.
const library = files(src).filter((file) => !relative(src, file).startsWith("cli/"));
const everything: Record<string, unknown> = {};
for (const file of library) Object.assign(everything, (await import(file)) as Record<string, unknown>);
const publicSurface = { ...everything, ...(await import("../src/index.js")), ...(await import("../src/sheets/index.js")) };

describe("every @example in src/ is true", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(250);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))("%s", async (_where, example) => {
    expect(example.comment, "an example states its result after `; // `").not.toBe("");
    const own = (await import(join(src, example.file))) as Record<string, unknown>;
    const scope: Record<string, unknown> = Object.fromEntries(Object.entries({ ...publicSurface, ...own }).filter(([name]) => isParameterName(name)));
    const run = () => new Function(...Object.keys(scope), `return (${example.code});`)(...Object.values(scope)) as unknown;
    const expected = expectedOf(example.comment);
    if ("throws" in expected) expect(run).toThrow(expected.throws);
    else expect(JSON.parse(JSON.stringify(run() ?? null))).toEqual(JSON.parse(JSON.stringify(expected.value ?? null)));
  });
});
