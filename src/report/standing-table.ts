import type { Language } from "../messages/bilingual.js";
import { standingReportWords as enWords } from "../messages/en/standing-report.js";
import { standingReportWords as zhWords } from "../messages/zh/standing-report.js";
import type { Eligibility } from "../standing/eligibility.js";
import type { Finding } from "../standing/finding.js";
import type { CertificationSchedule } from "../standing/schedule.js";
import type { Standing } from "../standing/standing.js";

/** The report words of a language. */
export const reportWords = (lang: Language) => (lang === "zh" ? zhWords : enWords);

const span = (finding: Finding) => `${finding.effectiveFrom} → ${finding.until ?? "…"}`;

/**
 * A partner's standing as plain text for a terminal: status and since, the findings in force, the
 * history, and the dates that fall due.
 *
 * @example renderStandingText(evaluateStanding({ partner: { id: "P" } }, "2024-10-10"), "en").split("\n")[1]; // "status: not certified"
 */
export function renderStandingText(standing: Standing, lang: Language): string {
  const words = reportWords(lang);
  const list = (findings: readonly Finding[]) => (findings.length === 0 ? [`  ${words.none}`] : findings.map((finding) => `  ${span(finding)}  [${finding.clause}] ${finding.message[lang]}`));
  return [
    `${standing.partnerId} · ${words.standingTitle} · ${words.asOf} ${standing.asOf}`,
    `${words.status}: ${words.statuses[standing.status]}${standing.since === null ? "" : ` (${words.since} ${standing.since})`}`,
    `${words.inForce}:`,
    ...list(standing.findings),
    `${words.history}:`,
    ...list(standing.history),
    `${words.upcoming}:`,
    ...(standing.upcoming.length === 0 ? [`  ${words.none}`] : standing.upcoming.map((entry) => `  ${entry.date}  [${entry.clause}] ${entry.message[lang]}`)),
  ].join("\n");
}

/**
 * An eligibility check as plain text: the verdict, then each requirement met (✓), unmet (✗) or a
 * warning (!), with the day it would pass by waiting.
 *
 * @example renderEligibilityText(checkEligibility({ appliedOn: "2024-09-02", kind: "new", engineers: [], platform: { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 600000, hasCase: true } } }), "zh").split("\n")[0]; // "认证申请条件 · 2024-09-02: 暂不可申请"
 */
export function renderEligibilityText(eligibility: Eligibility, lang: Language): string {
  const words = reportWords(lang);
  return [
    `${words.eligibilityTitle} · ${eligibility.appliedOn}: ${eligibility.eligible ? words.eligible : words.notEligible}`,
    ...eligibility.requirements.map((each) => {
      const mark = each.met ? "✓" : each.warningOnly ? "!" : "✗";
      const passes = each.passesFrom === null ? "" : ` (${words.passesFrom} ${each.passesFrom})`;
      return `  ${mark} [${each.clause}] ${each.code}: ${each.message[lang]}${passes}`;
    }),
  ].join("\n");
}

/**
 * A certification schedule as plain text: each step with its due date, when it was done and whether
 * late, and the next interview date after a failure.
 *
 * @example renderScheduleText(certificationSchedule({ appliedOn: "2024-09-02" }), "en").split("\n")[1]; // "  · 6: HQ review due by 2024-09-05; not done yet"
 */
export function renderScheduleText(schedule: CertificationSchedule, lang: Language): string {
  const words = reportWords(lang);
  return [
    words.scheduleTitle,
    ...schedule.steps.map((step) => `  ${step.late ? "✗" : step.doneOn === null ? "·" : "✓"} ${step.message[lang]}`),
    ...(schedule.nextInterviewMessage === null ? [] : [`  ${schedule.nextInterviewMessage[lang]}`]),
  ].join("\n");
}
