/** The words of the standing reports (tables, Markdown, the Gantt chart); one table per language. */
export interface StandingReportWords {
  readonly standingTitle: string;
  readonly eligibilityTitle: string;
  readonly scheduleTitle: string;
  readonly status: string;
  readonly since: string;
  readonly asOf: string;
  readonly statuses: Readonly<Record<"not-certified" | "blacklisted" | "cancelled" | "expired" | "downgraded" | "starred", string>>;
  readonly inForce: string;
  readonly history: string;
  readonly upcoming: string;
  readonly none: string;
  readonly code: string;
  readonly clause: string;
  readonly from: string;
  readonly until: string;
  readonly due: string;
  readonly subject: string;
  readonly date: string;
  readonly what: string;
  readonly requirement: string;
  readonly met: string;
  readonly yes: string;
  readonly no: string;
  readonly warning: string;
  readonly passesFrom: string;
  readonly eligible: string;
  readonly notEligible: string;
  readonly step: string;
  readonly done: string;
  readonly late: string;
  readonly nextInterview: string;
  readonly statusSection: string;
  readonly findingsSection: string;
  readonly dueSection: string;
  readonly stepsSection: string;
  readonly open: string;
}
