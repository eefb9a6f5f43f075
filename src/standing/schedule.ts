import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import { addMonths, addYears } from "../dates/months.js";
import { addWorkingDays } from "../dates/working-days.js";
import { type Bilingual, both } from "../messages/bilingual.js";
import { stepSentences as en } from "../messages/en/standing.js";
import type { StepName } from "../messages/standing.js";
import { stepSentences as zh } from "../messages/zh/standing.js";
import { parseStandingInput, type StandingOptions, standingRules } from "./parse.js";
import { CertificationProgressSchema } from "./schema.js";

/** A step of the certification process with its latest date. */
export interface CertificationStep {
  readonly step: StepName;
  readonly clause: "6.process";
  /** The last day of the step, in working days after the step before it. */
  readonly dueOn: CalendarDate;
  /** The day it was done; null while not done. */
  readonly doneOn: CalendarDate | null;
  /** Done after `dueOn`, or not done with `dueOn` passed (compared with the last date of the progress). */
  readonly late: boolean;
  readonly message: Bilingual;
}

/** The schedule of a certification (六). */
export interface CertificationSchedule {
  readonly appliedOn: CalendarDate;
  readonly steps: readonly CertificationStep[];
  /** After a failed interview: the first day of the next one; null otherwise. */
  readonly nextInterviewFrom: CalendarDate | null;
  readonly nextInterviewMessage: Bilingual | null;
}

/**
 * The certification process of 六 with each step's latest date: 六.2 "3个工作日内邮件答复审核结果"; 六.3
 * "H3C技术专家将在5个工作日内 … 进行评估并输出评估结果(若一面未通过,二面需要等两个月后。二面仍未通过,则一年后才可以再次参加面试)";
 * 六.4 "会在5个工作日内与星级合作伙伴沟通现场认证事宜"; 六.5 "于2个工作日内给出最终认证意见". Each `dueOn` counts
 * in working days of the calendar from the previous step's `doneOn` (its `dueOn` while not done). The
 * interview's `dueOn` is the first interview's deadline and `late` says whether the first interview was
 * held after it; a failed interview does not complete the step, and the later steps count from the
 * interview that passed. `nextInterviewFrom`: a first failure + 2 months; after a second (or later) + 1
 * year. Throws {@link AssessmentInputError} listing every problem of the progress.
 *
 * @example certificationSchedule({ appliedOn: "2024-09-02", interviews: [] }).steps[0].dueOn; // "2024-09-05"
 */
export function certificationSchedule(progress: unknown, options?: StandingOptions): CertificationSchedule {
  const parsed = parseStandingInput(CertificationProgressSchema, progress);
  const { policy, calendar } = standingRules(options, parsed.appliedOn);
  const { reviewWorkingDays, interviewWorkingDays, onSiteWorkingDays, finalWorkingDays, retryAfterFirstFailureMonths, retryAfterSecondFailureYears } = policy.standing.process;
  const interviews = [...(parsed.interviews ?? [])].sort((a, b) => compareDates(a.on, b.on));
  const passed = interviews.find((interview) => interview.passed) ?? null;
  const dates = [parsed.appliedOn, parsed.reviewedOn, ...interviews.map((interview) => interview.on), parsed.onSiteOn, parsed.finalOn].filter((date): date is CalendarDate => Boolean(date));
  const lastDate = dates.sort().at(-1) as CalendarDate;

  const steps: CertificationStep[] = [];
  const add = (step: StepName, from: CalendarDate, workingDays: number, doneOn: CalendarDate | null, heldOn: CalendarDate | null = doneOn) => {
    const dueOn = addWorkingDays(from, workingDays, calendar);
    const late = heldOn === null ? lastDate > dueOn : heldOn > dueOn;
    steps.push({ step, clause: "6.process", dueOn, doneOn, late, message: both(zh, en, "step", { step, dueOn, doneOn, late }) });
    return doneOn ?? dueOn;
  };
  const reviewed = add("review", parsed.appliedOn, reviewWorkingDays.value, parsed.reviewedOn ?? null);
  const interviewed = add("interview", reviewed, interviewWorkingDays.value, passed?.on ?? null, interviews[0]?.on ?? null);
  const onSite = add("on-site", interviewed, onSiteWorkingDays.value, parsed.onSiteOn ?? null);
  add("final", onSite, finalWorkingDays.value, parsed.finalOn ?? null);

  const failures = passed === null ? interviews : [];
  const lastFailure = failures.at(-1);
  if (lastFailure === undefined) return { appliedOn: parsed.appliedOn, steps, nextInterviewFrom: null, nextInterviewMessage: null };
  const from = failures.length === 1 ? addMonths(lastFailure.on, retryAfterFirstFailureMonths.value) : addYears(lastFailure.on, retryAfterSecondFailureYears.value);
  return { appliedOn: parsed.appliedOn, steps, nextInterviewFrom: from, nextInterviewMessage: both(zh, en, "nextInterview", { failures: failures.length, lastFailedOn: lastFailure.on, from }) };
}
