/** The outcome of checking one fixture quarter. */
export interface CheckOutcome {
  /** The fixture's file, as given on the command line. */
  readonly file: string;
  readonly status: "passed" | "failed" | "error";
  /** The readable lines of what differs, or of what is wrong with the input. */
  readonly details: readonly string[];
  readonly seconds: number;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char] ?? char);

/**
 * JUnit XML for a `check` run, the format GitLab, Jenkins and most CI systems display: one test case
 * per fixture, a `<failure>` for a mismatch, an `<error>` for input that could not be scored.
 *
 * @example junitXml([{ file: "q.json", status: "passed", details: [], seconds: 0.01 }]);
 */
export function junitXml(outcomes: readonly CheckOutcome[], suite = "star-assessment check"): string {
  const count = (status: CheckOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const seconds = outcomes.reduce((sum, outcome) => sum + outcome.seconds, 0);
  const cases = outcomes.map((outcome) => {
    const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(outcome.file)}" time="${outcome.seconds.toFixed(3)}"`;
    if (outcome.status === "passed") return `${open}/>`;
    const tag = outcome.status === "failed" ? "failure" : "error";
    const message = outcome.status === "failed" ? `${outcome.details.length} value(s) differ` : "input could not be scored";
    return `${open}>\n      <${tag} message="${escapeXml(message)}">${escapeXml(outcome.details.join("\n"))}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${outcomes.length}" failures="${count("failed")}" errors="${count("error")}" time="${seconds.toFixed(3)}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${outcomes.length}" failures="${count("failed")}" errors="${count("error")}" time="${seconds.toFixed(3)}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
