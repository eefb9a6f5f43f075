import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeDifference, differences, expectationOf } from "../../src/check/expectation.js";
import { junitXml, xmlAttribute, xmlText } from "../../src/check/junit.js";
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
    expect(xml).toContain('<error message="not checked">/quarter: bad</error>');
  });

  it("JUnit XML holds only what XML 1.0 allows: forbidden characters are written as \\uXXXX text, line breaks in attributes as references", () => {
    const xml = junitXml([{ file: "a\u0001b\uFFFE\uFFFF\uD800c\n.json", status: "error", details: ["x\u0000y\uDFFF😀\t"], seconds: 0 }]);
    expect(xml).toContain('name="a\\u0001b\\ufffe\\uffff\\ud800c&#10;.json"');
    expect(xml).toContain('<error message="not checked">x\\u0000y\\udfff😀\t</error>');
    // nothing XML 1.0 forbids is left (a well-formed pair like 😀 is allowed)
    expect(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(xml)).toBe(false);
    expect(xmlText("a<b\u0001\uFFFF")).toBe("a&lt;b\\u0001\\uffff");
    expect(xmlAttribute("a\r\n\tb")).toBe("a&#13;&#10;&#9;b");
  });

  it("JUnit XML and differences speak Chinese with zh", () => {
    const xml = junitXml([{ file: "c.json", status: "failed", details: ["/total"], seconds: 0 }, { file: "d.json", status: "error", details: [], seconds: 0 }], "zh");
    expect(xml).toContain('<failure message="1 个值不一致">');
    expect(xml).toContain('<error message="未能检查">');
    expect(describeDifference({ pointer: "/total", expected: 70, actual: undefined }, "zh")).toBe("/total:应为 70,实为 (无)");
  });

  it("an expectation does not pin the verdict's sentence (wording, like the steps)", () => {
    const assessment = assessQuarter(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", "01-all-clear.json"), "utf8")));
    const withSentence = { ...assessment, verdict: { ...assessment.verdict, message: { zh: "保持星级", en: "Star kept" } } };
    expect(expectationOf(withSentence)).toEqual(expectationOf(assessment));
    expect("message" in expectationOf(withSentence).verdict).toBe(false);
  });
});
