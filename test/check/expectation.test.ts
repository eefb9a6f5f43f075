import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeDifference, differences, expectationOf } from "../../src/check/expectation.js";
import { junitXml } from "../../src/check/junit.js";
import { assessQuarter } from "../../src/index.js";

describe("check: expectations and differences", () => {
  it("an expectation holds numbers, reasons and dates but no steps or messages", () => {
    const assessment = assessQuarter(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", "11-major-event-downgrade.json"), "utf8")));
    const expectation = expectationOf(assessment);
    expect(JSON.stringify(expectation)).not.toContain('"steps"');
    expect(JSON.stringify(expectation)).not.toContain('"message"');
    expect(expectation.verdict.reasons).toEqual([{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", eventId: "KE-2503-41", severity: "downgrade", date: "2025-08-14" }]);
  });

  it("lists every differing value by JSON Pointer, skipping notes that start with _", () => {
    const expected = { _why: "notes", total: 70, items: { ecr: { score: 12 } }, reasons: [{ code: "A" }], gone: 1 };
    const actual = { total: 69.99, items: { ecr: { score: 12 } }, reasons: [{ code: "B" }], added: null };
    expect(differences(expected, actual).map((difference) => describeDifference(difference))).toEqual([
      "/total: expected 70, got 69.99",
      '/reasons/0/code: expected "A", got "B"',
      "/gone: expected 1, got (nothing)",
      "/added: expected (nothing), got null",
    ]);
    expect(differences([1], { 0: 1 })).toEqual([{ pointer: "/", expected: [1], actual: { 0: 1 } }]);
    expect(differences({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });

  it("JUnit XML counts failures and errors and escapes what it quotes", () => {
    const xml = junitXml([
      { file: "a&b.json", status: "passed", details: [], seconds: 0.012 },
      { file: "c.json", status: "failed", details: ['/total: expected 70, got "<69>"'], seconds: 0.5 },
      { file: "d.json", status: "error", details: ["/quarter: bad"], seconds: 0 },
    ]);
    expect(xml).toContain('<testsuites tests="3" failures="1" errors="1" time="0.512">');
    expect(xml).toContain('<testcase classname="star-assessment check" name="a&amp;b.json" time="0.012"/>');
    expect(xml).toContain('<failure message="1 value(s) differ">/total: expected 70, got &quot;&lt;69&gt;&quot;</failure>');
    expect(xml).toContain('<error message="input could not be scored">/quarter: bad</error>');
  });
});
