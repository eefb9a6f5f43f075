import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessQuarter, AssessmentSchema } from "../src/index.js";
import { expectationOf } from "../src/check/expectation.js";

const folder = join(import.meta.dirname, "..", "fixtures", "quarters");
const inputs = readdirSync(folder).filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"));
const read = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), "utf8"));

describe("fixture quarters (expected values worked out by hand, see each _why)", () => {
  it("has at least 12 fixtures, each with its expectation", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
    for (const name of inputs) expect(readdirSync(folder)).toContain(name.replace(/\.json$/, ".expected.json"));
  });

  it.each(inputs)("%s scores as expected", (name) => {
    const assessment = assessQuarter(read(name));
    expect(AssessmentSchema.parse(assessment)).toEqual(assessment);
    const { _why, ...expected } = read(name.replace(/\.json$/, ".expected.json")) as { _why: unknown };
    expect(_why).toBeTypeOf("object");
    expect(expectationOf(assessment)).toEqual(expected);
  });
});
