import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { assessQuarter } from "../../src/index.js";
import { renderInputDoc } from "../../src/report/input-doc.js";

// The shipped JSON Schemas as another system uses them: Ajv in strict mode (draft 2020-12) with the
// standard formats. Every single-field rule the library checks that JSON Schema can say is in them.
const root = join(import.meta.dirname, "..", "..");
const schemaFile = (name: string) => JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8")) as Record<string, unknown>;
const NAMES = ["quarter-input", "assessment", "standing-record", "application", "certification-progress"] as const;
// ajv-formats is CommonJS: its function is the default export.
const addFormats = formats.default as unknown as (ajv: Ajv2020) => Ajv2020;
const validator = (name: (typeof NAMES)[number]) => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schemaFile(name));
};
const fixtures = (folder: string) =>
  readdirSync(join(root, "fixtures", folder))
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
    .map((name) => [name, JSON.parse(readFileSync(join(root, "fixtures", folder, name), "utf8")) as Record<string, unknown>] as const);

/** Every object property of a JSON Schema with its path. */
function properties(node: unknown, path = ""): [string, Record<string, unknown>][] {
  if (typeof node !== "object" || node === null) return [];
  const found: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [name, child] of Object.entries(value)) found.push([`${path}/${name}`, child as Record<string, unknown>], ...properties(child, `${path}/${name}`));
    } else found.push(...properties(value, path));
  }
  return found;
}

describe("the JSON Schemas under a strict validator (Ajv 2020, strict mode, formats)", () => {
  it.each(NAMES)("schemas/%s.schema.json compiles in strict mode (no union types, no unknown keywords)", (name) => {
    expect(() => validator(name)).not.toThrow();
  });

  it.each(fixtures("quarters"))("7 fixtures/quarters/%s is valid input, and its assessment is a valid assessment", (_name, quarter) => {
    expect(validator("quarter-input")(quarter)).toBe(true);
    expect(validator("assessment")(JSON.parse(JSON.stringify(assessQuarter(quarter))))).toBe(true);
  });

  it.each(["quarter-input", "standing-record", "application", "certification-progress"] as const)("every field of %s has a description in English and Chinese", (name) => {
    const undescribed = properties(schemaFile(name)).filter(([, field]) => !(typeof field["description"] === "string" && /[A-Za-z]/.test(field["description"]) && /[\u4e00-\u9fff]/.test(field["description"])));
    expect(undescribed.map(([path]) => path)).toEqual([]);
  });

  describe("7 single-field rules the schema states as the library checks them", () => {
    const valid = validator("quarter-input");
    const quarter = (extra: Record<string, unknown>) => ({ partner: { id: "P-1" }, quarter: "2024-Q3", ...extra });
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-19", rating: 28 };
    it.each([
      ["a rating of 30 (the policy's maximum)", quarter({ majorProjects: [{ ...project, rating: 30 }] }), true],
      ["a rating of 30.5, above the maximum 30", quarter({ majorProjects: [{ ...project, rating: 30.5 }] }), false],
      ["a quarter 2024-Q5", quarter({ quarter: "2024-Q5" }), false],
      ["the year 9999 (its verdict dates would need five digits)", quarter({ quarter: "9999-Q1" }), false],
      ["a date written 2024-9-20", quarter({ majorProjects: [{ ...project, deadline: "2024-9-20" }] }), false],
      ["a date that does not exist, 2024-02-30 (format date)", quarter({ majorProjects: [{ ...project, deadline: "2024-02-30" }] }), false],
      ["a rate of 1 (100 %)", quarter({ ecr: { rate: 1 } }), true],
      ["a rate of 1.5", quarter({ ecr: { rate: 1.5 } }), false],
      ['a rate "9.5％" with the full-width percent sign', quarter({ ecr: { rate: "9.5％" } }), true],
      ['a rate "9.5" without a percent sign', quarter({ ecr: { rate: "9.5" } }), false],
      ["a blank partner id", quarter({ partner: { id: "   " } }), false],
      ["an id of 200 characters and a space around it (200 once trimmed, as the library counts)", quarter({ partner: { id: ` ${"x".repeat(200)} ` } }), true],
      ["an id of 201 characters", quarter({ partner: { id: "x".repeat(201) } }), false],
      ["1.5 simple calls", quarter({ ecr: { simpleCalls: 1.5, totalCalls: 10 } }), false],
      ["a key event kind 扣分 (the Chinese label)", quarter({ keyEvents: [{ id: "K", kind: "扣分", points: 1, note: "" }] }), true],
      ["customer information falsified: 是", quarter({ flags: { customerInfoFalsified: "是" } }), true],
      ["a misspelled key totalCall", quarter({ ecr: { simpleCalls: 1, totalCall: 10 } }), false],
    ] as const)("%s → valid: %s, as the library says", (_why, input, expected) => {
      expect(valid(input)).toBe(expected);
      expect(() => assessQuarter(input)).toSatisfy((run: () => unknown) => {
        try {
          run();
          return expected;
        } catch {
          return !expected;
        }
      });
    });
  });
});

describe("docs/input.md, the field reference written from the same metadata", () => {
  it("is not stale (run `npm run docs` after changing an input schema)", () => {
    expect(readFileSync(join(root, "docs", "input.md"), "utf8")).toBe(renderInputDoc());
  });

  it("names each field with whether it is required, what it accepts, and what it holds in both languages", () => {
    const doc = renderInputDoc();
    expect(doc).toContain("| `majorProjects[].rating` | no | number, ≥ 0, ≤ 30 | the rep office's rating: ");
    expect(doc).toContain("| `partner.id` | yes | text, not blank, at most 200 characters without the spaces around it | partner id | 合作伙伴编号 |");
    expect(doc).toMatch(/\| `engineers\[\]\.leftOn` \| no \| string, a date YYYY-MM-DD or null \| left on: .* \| 离职日期:/);
  });
});
