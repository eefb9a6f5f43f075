import type { CalendarDate } from "../dates/calendar-date.js";
import { addDays } from "../dates/months.js";
import type { Language } from "../messages/bilingual.js";
import { findingName as enName } from "../messages/en/standing.js";
import { findingName as zhName } from "../messages/zh/standing.js";
import type { Eligibility } from "../standing/eligibility.js";
import type { Finding } from "../standing/finding.js";
import type { CertificationSchedule } from "../standing/schedule.js";
import type { Standing } from "../standing/standing.js";
import { reportWords } from "./standing-table.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
// Mermaid reads ":" and "#" in a task name as syntax; ";" ends a statement.
const taskName = (text: string) => text.replace(/[:#;]/g, " ").trim();

const CRITICAL = new Set(["blacklist", "cancel", "downgrade"]);

/** The day open-ended bars end on in the chart: a month after the last date it shows. */
function horizon(standing: Standing): CalendarDate {
  const dates = [standing.asOf, ...standing.upcoming.map((entry) => entry.date)].sort();
  return addDays(dates.at(-1) as CalendarDate, 30);
}

/**
 * The timeline of a standing as a Mermaid Gantt chart (GitLab and GitHub render ```` ```mermaid ````
 * blocks): the status periods, every finding of the history and in force as a bar (downgrades and
 * worse in red), and every due date as a milestone. Bars end on the finding's `until` (Mermaid's end
 * date is exclusive, as `until` is); open-ended ones run a month past the last date shown.
 *
 * @example renderGantt(evaluateStanding({ partner: { id: "P" } }, "2024-10-10"), "en").startsWith("```mermaid\ngantt"); // true
 */
export function renderGantt(standing: Standing, lang: Language): string {
  const words = reportWords(lang);
  const name = lang === "zh" ? zhName : enName;
  const end = horizon(standing);
  const bar = (finding: Finding, index: number) => {
    const label = taskName(`${name(finding.code)}${finding.engineerId ? ` ${finding.engineerId}` : finding.quarter ? ` ${finding.quarter}` : ""}`);
    const until = finding.until === null ? end : finding.until === finding.effectiveFrom ? addDays(finding.until, 1) : finding.until;
    return `    ${label} :${CRITICAL.has(finding.severity) ? "crit, " : ""}f${index}, ${finding.effectiveFrom}, ${until}`;
  };
  const findings = [...standing.history, ...standing.findings];
  const dues = [
    ...findings.flatMap((finding) => (finding.dueOn === undefined ? [] : [{ code: finding.code, engineerId: finding.engineerId, date: finding.dueOn }])),
    ...standing.upcoming.filter((entry) => entry.kind === "due"),
  ].map((entry) => ({ label: taskName(`${name(entry.code)}${entry.engineerId ? ` ${entry.engineerId}` : ""} ${words.due}`), date: entry.date }));
  const milestones = [...new Map(dues.map((entry) => [`${entry.label}@${entry.date}`, entry])).values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [
    "```mermaid",
    "gantt",
    `    title ${taskName(`${standing.partnerId} ${words.standingTitle} ${words.asOf} ${standing.asOf}`)}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %Y-%m",
    `    section ${words.statusSection}`,
    ...standing.periods.map((period, index) => `    ${words.statuses[period.status]} :${period.status === "starred" ? "done" : "crit"}, s${index}, ${period.from}, ${period.until ?? addDays(standing.asOf, 1)}`),
    `    section ${words.findingsSection}`,
    ...findings.map(bar),
    ...(milestones.length === 0 ? [] : [`    section ${words.dueSection}`, ...milestones.map((entry, index) => `    ${entry.label} :milestone, m${index}, ${entry.date}, 0d`)]),
    "```",
  ].join("\n");
}

/**
 * A standing as Markdown: the status, a Mermaid Gantt chart of the status periods and due dates, and
 * tables of the findings in force, the history and the upcoming dates.
 *
 * @example renderStandingMarkdown(evaluateStanding({ partner: { id: "P" } }, "2024-10-10"), "zh").split("\n")[2]; // "**状态: 未认证**"
 */
export function renderStandingMarkdown(standing: Standing, lang: Language): string {
  const words = reportWords(lang);
  const table = (findings: readonly Finding[]) =>
    findings.length === 0
      ? [words.none]
      : [
          `| ${words.code} | ${words.clause} | ${words.from} | ${words.until} | ${words.due} | ${words.what} |`,
          "|---|---|---|---|---|---|",
          ...findings.map((finding) => `| ${finding.code} | ${finding.clause} | ${finding.effectiveFrom} | ${finding.until ?? words.open} | ${finding.dueOn ?? ""} | ${cell(finding.message[lang])} |`),
        ];
  return [
    `### ${cell(standing.partnerId)} · ${words.standingTitle} · ${words.asOf} ${standing.asOf}`,
    "",
    `**${words.status}: ${words.statuses[standing.status]}**${standing.since === null ? "" : ` (${words.since} ${standing.since})`}`,
    "",
    renderGantt(standing, lang),
    "",
    `#### ${words.inForce}`,
    "",
    ...table(standing.findings),
    "",
    `#### ${words.upcoming}`,
    "",
    ...(standing.upcoming.length === 0
      ? [words.none]
      : [`| ${words.date} | ${words.clause} | ${words.what} |`, "|---|---|---|", ...standing.upcoming.map((entry) => `| ${entry.date} | ${entry.clause} | ${cell(entry.message[lang])} |`)]),
    "",
    `#### ${words.history}`,
    "",
    ...table(standing.history),
    "",
  ].join("\n");
}

/**
 * An eligibility check as Markdown: the verdict and a table of the requirements.
 *
 * @example renderEligibilityMarkdown(checkEligibility({ appliedOn: "2024-09-02", kind: "new", engineers: [], platform: { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 600000, hasCase: true } } }), "en").split("\n")[0]; // "### eligibility · 2024-09-02: not eligible"
 */
export function renderEligibilityMarkdown(eligibility: Eligibility, lang: Language): string {
  const words = reportWords(lang);
  return [
    `### ${words.eligibilityTitle} · ${eligibility.appliedOn}: ${eligibility.eligible ? words.eligible : words.notEligible}`,
    "",
    `| ${words.requirement} | ${words.clause} | ${words.met} | ${words.passesFrom} | ${words.what} |`,
    "|---|---|---|---|---|",
    ...eligibility.requirements.map(
      (each) => `| ${each.code} | ${each.clause} | ${each.met ? words.yes : each.warningOnly ? words.warning : words.no} | ${each.passesFrom ?? ""} | ${cell(each.message[lang])} |`,
    ),
    "",
  ].join("\n");
}

/**
 * A certification schedule as Markdown: a Mermaid Gantt chart of the steps (from the previous step to
 * the day done, or to the due date) and a table.
 *
 * @example renderScheduleMarkdown(certificationSchedule({ appliedOn: "2024-09-02" }), "en").includes("| review | 2024-09-05 |  | no |"); // true
 */
export function renderScheduleMarkdown(schedule: CertificationSchedule, lang: Language): string {
  const words = reportWords(lang);
  let from = schedule.appliedOn;
  const bars = schedule.steps.map((step, index) => {
    const end = step.doneOn ?? step.dueOn;
    const line = `    ${taskName(step.message[lang].split(";")[0] ?? step.step)} :${step.late ? "crit, " : step.doneOn === null ? "" : "done, "}t${index}, ${from}, ${addDays(end, 1)}`;
    from = addDays(end, 1);
    return line;
  });
  return [
    `### ${words.scheduleTitle}`,
    "",
    "```mermaid",
    "gantt",
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %m-%d",
    `    section ${words.stepsSection}`,
    ...bars,
    ...schedule.steps.map((step, index) => `    ${taskName(`${step.step} ${words.due}`)} :milestone, d${index}, ${step.dueOn}, 0d`),
    "```",
    "",
    `| ${words.step} | ${words.due} | ${words.done} | ${words.late} |`,
    "|---|---|---|---|",
    ...schedule.steps.map((step) => `| ${step.step} | ${step.dueOn} | ${step.doneOn ?? ""} | ${step.late ? words.yes : words.no} |`),
    ...(schedule.nextInterviewFrom === null ? [] : ["", `${words.nextInterview}: ${schedule.nextInterviewFrom}`]),
    "",
  ].join("\n");
}
