import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/json-schema/json-schema.js";
import { cli, root } from "./run-cli.js";

const shipped = (file: string) => readFileSync(join(root, "schemas", file), "utf8");

describe("star-assessment schema", () => {
  it("prints the input's JSON Schema, draft 2020-12, strict about unknown keys", () => {
    const { code, out } = cli(["schema", "input"]);
    expect(code).toBe(0);
    const schema = JSON.parse(out) as { $schema: string; additionalProperties: boolean; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["partner", "quarter"]);
    expect(Object.keys(schema.properties)).toEqual(["partner", "quarter", "majorProjects", "satisfaction", "repOffice", "ecr", "training", "keyEvents", "flags"]);
  });

  it("rejects an unknown schema name with exit 2 (a usage error) and the choices", () => {
    const { code, err } = cli(["schema", "policy"]);
    expect(code).toBe(2);
    expect(err).toContain("error: argument 'name' value 'policy' is invalid: allowed choices are input, assessment");
  });

  it.each([
    ["input", "quarter-input.schema.json"],
    ["assessment", "assessment.schema.json"],
  ] as const)("schemas/%s is not stale (run `npm run schemas` after changing a zod schema)", (name, file) => {
    expect(shipped(file)).toBe(`${JSON.stringify(jsonSchema(name), null, 2)}\n`);
  });
});
