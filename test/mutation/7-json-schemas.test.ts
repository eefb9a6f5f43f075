import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/json-schema/json-schema.js";

/**
 * SPEC §7 "QuarterInputSchema, AssessmentSchema // zod; JSON Schema files generated from them ship in
 * the package": the shipped files are exactly what the zod schemas generate, descriptions included
 * (they are the only documentation a system in another language gets). The same check runs in
 * test/cli/schema.test.ts; it is repeated here because the mutation run leaves out test/cli.
 */
const shipped = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schemas", file), "utf8"));

describe("7 the shipped JSON Schemas", () => {
  it.each([
    ["input", "quarter-input.schema.json"],
    ["assessment", "assessment.schema.json"],
  ] as const)("schemas/%s is what the zod schema generates (run `npm run schemas` after changing one)", (name, file) => {
    expect(jsonSchema(name)).toEqual(shipped(file));
  });

  it("7 the input's fields say what they hold: 点数, the handover-report deadline, a rating required when on time", () => {
    const input = jsonSchema("input") as { properties: Record<string, any> };
    const project = input.properties["majorProjects"].items.properties;
    expect(project.seats.description).toBe("点数");
    expect(project.deadline.description).toBe("the quarter's deadline for the handover report");
    expect(project.submittedOn.description).toBe("when the handover report was submitted; null if not");
    expect(project.rating.description).toBe("the rep office's rating, 0 … 30; required when the report was on time");
    expect(input.properties["quarter"].description).toBe("YYYY-Qn");
  });
});
