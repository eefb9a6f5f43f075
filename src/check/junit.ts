import type { Language } from "../messages/bilingual.js";
import { enCli } from "../messages/en/cli.js";
import { zhCli } from "../messages/zh/cli.js";

/** The outcome of checking one fixture quarter (or one file of quarters). */
export interface CheckOutcome {
  /** The fixture's file, as given on the command line. */
  readonly file: string;
  /** `error`: the fixture could not be checked (unreadable or bad input, a malformed or missing expectation). */
  readonly status: "passed" | "failed" | "error";
  /** The readable lines of what differs, or of why it could not be checked. */
  readonly details: readonly string[];
  readonly seconds: number;
}

// XML 1.0 allows tab, line feed, carriage return, and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF
// (a surrogate counts only as half of a pair). Anything else cannot be written even as a character
// reference, so it is written as the text `\uXXXX`: the report stays well formed and still shows it.
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ESCAPES: Readonly<Record<string, string>> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" };

/**
 * Text as XML 1.0 content: markup characters escaped, characters XML forbids written as `\uXXXX`.
 *
 * @example xmlText("a<b\u0001\uFFFF"); // "a&lt;b\\u0001\\uffff"
 */
export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, "0")}`)
    .replace(/[<>&"']/g, (char) => ESCAPES[char] as string);
}

/**
 * Text as an XML attribute value: as {@link xmlText}, and line breaks and tabs as character
 * references (an XML parser would turn them into spaces otherwise).
 *
 * @example xmlAttribute("a\nb"); // "a&#10;b"
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JUnit XML for a `check` run, the format GitLab, Jenkins and most CI systems display: one test case
 * per fixture, a `<failure>` for a mismatch, an `<error>` for a fixture that could not be checked.
 * Messages are in `lang`.
 *
 * @example junitXml([{ file: "q.json", status: "passed", details: [], seconds: 0.01 }]).includes('<testcase classname="star-assessment check" name="q.json" time="0.010"/>'); // true
 */
export function junitXml(outcomes: readonly CheckOutcome[], lang: Language = "en", suite = "star-assessment check"): string {
  const say = lang === "zh" ? zhCli : enCli;
  const count = (status: CheckOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const seconds = outcomes.reduce((sum, outcome) => sum + outcome.seconds, 0);
  const cases = outcomes.map((outcome) => {
    const open = `    <testcase classname="${xmlAttribute(suite)}" name="${xmlAttribute(outcome.file)}" time="${outcome.seconds.toFixed(3)}"`;
    if (outcome.status === "passed") return `${open}/>`;
    const tag = outcome.status === "failed" ? "failure" : "error";
    const message = outcome.status === "failed" ? say.JUNIT_FAILURE({ count: outcome.details.length }) : say.JUNIT_ERROR();
    return `${open}>\n      <${tag} message="${xmlAttribute(message)}">${xmlText(outcome.details.join("\n"))}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${outcomes.length}" failures="${count("failed")}" errors="${count("error")}" time="${seconds.toFixed(3)}">`,
    `  <testsuite name="${xmlAttribute(suite)}" tests="${outcomes.length}" failures="${count("failed")}" errors="${count("error")}" time="${seconds.toFixed(3)}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
