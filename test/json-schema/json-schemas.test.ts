import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/json-schema/json-schema.js";

/**
 * QuarterInputSchema and AssessmentSchema are zod schemas, and the JSON Schema files generated from them
 * ship in the package (README.md): the shipped files are exactly what the zod schemas generate, descriptions
 * included (they are the only documentation a system in another language gets). The same check runs in
 * test/cli/schema.test.ts; it is repeated here because the mutation run leaves out test/cli. (Moved here from
 * test/mutation/7-json-schemas.test.ts.)
 */
const shipped = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schemas", file), "utf8"));

type Node = { description?: string; pattern?: string; enum?: unknown[]; properties: Record<string, Node>; items: Node; anyOf?: Node[] };

describe("7 the shipped JSON Schemas", () => {
  it.each([
    ["input", "quarter-input.schema.json"],
    ["assessment", "assessment.schema.json"],
  ] as const)("schemas/%s is what the zod schema generates (run `npm run schemas` after changing one)", (name, file) => {
    expect(jsonSchema(name)).toEqual(shipped(file));
  });

  it("7 the input's fields say what they hold, in both languages: 点数, the handover-report deadline, a rating 0 … 30 required when on time", () => {
    const input = jsonSchema("input") as unknown as Node;
    const project = input.properties["majorProjects"]!.items.properties;
    expect(project["seats"]!.description).toContain("seats");
    expect(project["seats"]!.description).toContain("点数");
    expect(project["seats"]!.description).toContain("≥ 200");
    expect(project["deadline"]!.description).toContain("deadline for the handover report");
    expect(project["deadline"]!.description).toContain("《项目交维报告》");
    expect(project["submittedOn"]!.anyOf?.[0]?.description).toContain("null");
    expect(project["rating"]!.description).toContain("0 to 30; required when the report was on time");
    expect(input.properties["quarter"]!.description).toContain("YYYY-Qn");
  });

  it("7 text is counted once trimmed, as the library counts it: an id of 1 … 200 characters with any spaces around it", () => {
    const input = jsonSchema("input") as unknown as Node;
    const id = new RegExp(input.properties["majorProjects"]!.items.properties["id"]!.pattern as string);
    for (const accepted of ["M", " MP-01 ", `  ${"x".repeat(200)}\t`, "a b"]) expect(id.test(accepted), JSON.stringify(accepted)).toBe(true);
    for (const refused of ["", "   ", "x".repeat(201), ` ${"x".repeat(201)} `]) expect(id.test(refused), JSON.stringify(refused.slice(0, 20))).toBe(false);
  });

  it("7 the words JSON accepts: 加分/扣分, 降级/黑名单, 是/否 and the policy's outcome labels", () => {
    const input = jsonSchema("input") as unknown as Node;
    const event = input.properties["keyEvents"]!.items.properties;
    expect(event["kind"]!.enum).toEqual(expect.arrayContaining(["bonus", "penalty", "加分", "扣分"]));
    expect(event["major"]!.enum).toEqual(expect.arrayContaining(["downgrade", "blacklist", "降级", "黑名单"]));
    expect(input.properties["flags"]!.properties["customerInfoFalsified"]!.enum).toEqual(expect.arrayContaining([true, false, "是", "否"]));
    expect(input.properties["satisfaction"]!.items.properties["outcome"]!.enum).toEqual(expect.arrayContaining(["very_satisfied", "非常满意", "unreachable_after_reminder", "提醒后回访不通"]));
  });
});
