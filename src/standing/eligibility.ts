import { type CalendarDate, compareDates } from "../dates/calendar-date.js";
import { addMonths, addYears } from "../dates/months.js";
import { type Bilingual, both } from "../messages/bilingual.js";
import { requirementSentences as en } from "../messages/en/standing.js";
import type { RequirementCode, RequirementFigures } from "../messages/standing.js";
import { requirementSentences as zh } from "../messages/zh/standing.js";
import type { ClauseId } from "../policy/clauses.js";
import type { Policy } from "../policy/schema.js";
import { parseStandingInput, type StandingOptions, standingRules } from "./parse.js";
import { type Application, createApplicationSchema } from "./schema.js";

/** One requirement of an application: met or not, and the first day waiting alone would meet it. */
export interface Requirement {
  readonly code: RequirementCode;
  readonly clause: ClauseId;
  readonly met: boolean;
  /** True for `NO_MAJOR_EVENT_LAST_YEAR`: H3C may delay or refuse (七.5), the application is not barred. */
  readonly warningOnly: boolean;
  /** The first day on which the requirement would pass by waiting alone; null when met, or when waiting cannot cure it. */
  readonly passesFrom: CalendarDate | null;
  readonly message: Bilingual;
}

/** Whether an application can be filed, requirement by requirement (一, 六, 七; docs/standing.md). */
export interface Eligibility {
  readonly appliedOn: CalendarDate;
  /** True when every requirement but the warning `NO_MAJOR_EVENT_LAST_YEAR` is met. */
  readonly eligible: boolean;
  readonly requirements: readonly Requirement[];
}

function requirement<Code extends RequirementCode>(code: Code, clause: ClauseId, figures: RequirementFigures[Code], passesFrom: CalendarDate | null = null): Requirement {
  return { code, clause, met: figures.met, warningOnly: code === "NO_MAJOR_EVENT_LAST_YEAR", passesFrom: figures.met ? null : passesFrom, message: both(zh, en, code, figures) };
}


/** 一 / 一 补充说明 1: employed engineers with a certificate valid more than a month after applying; 六.2 their social security. */
function engineerRequirements(application: Application, policy: Policy): Requirement[] {
  const { appliedOn } = application;
  const { type, minimumEngineers, validAfterApplicationMonths } = policy.standing.certificates;
  const months = policy.standing.application.socialSecurityMonths.value;
  const validAfter = addMonths(appliedOn, validAfterApplicationMonths.value);
  const employed = application.engineers.filter((person) => person.joinedOn <= appliedOn && (!person.leftOn || person.leftOn > appliedOn));
  const holders = employed.filter((person) => (person.certificates ?? []).some((held) => held.type === type.value));
  const qualified = holders.filter((person) => (person.certificates ?? []).some((held) => held.type === type.value && held.validThrough > validAfter));
  const short = holders.filter((person) => person.socialSecurityMonths < months);
  const missing = Math.max(0, ...short.map((person) => months - person.socialSecurityMonths));
  return [
    requirement("CERTIFIED_ENGINEERS", "1.certified-engineers", { met: qualified.length >= minimumEngineers.value, qualified: qualified.length, minimum: minimumEngineers.value, validAfter }),
    requirement(
      "SOCIAL_SECURITY",
      "6.process",
      { met: short.length === 0, short: short.map((person) => person.id), months, passesFrom: short.length === 0 ? null : addMonths(appliedOn, missing) },
      addMonths(appliedOn, missing),
    ),
  ];
}

/**
 * Whether a partner may apply for the certification on `appliedOn` (一, 六, 七, with 四.1.b and 四.2.2),
 * one requirement per code, in this order: `CERTIFIED_ENGINEERS` (一 "H3CS-CDS … 2人"; 一 补充说明 1
 * "自提交申请之日起,有效期必须大于一个月": valid through a day later than `appliedOn` + 1 month; an older
 * version counts), `SOCIAL_SECURITY` (六.2 "工程师的社保至少交满3个月", for each employed engineer holding the
 * certificate; `passesFrom` = `appliedOn` + the missing months), `HOTLINE`, `ISSUE_TRACKING`,
 * `TECHNICAL_MANAGER`, `PROJECT_CASE` (一 服务支持平台要求: "50万以上及实施案例"), `LAST_QUARTER_TOTAL` (一 业务指标
 * "季度考核 ≥70分", for a renewal), `NO_SANCTION` (七.1 / 七.6: one year after `foundOn`),
 * `REAPPLY_WAIT` (四.1.b "一个季度后,可重新提交认证申请"), `NOT_BLACKLISTED` (四.2.2) and the warning
 * `NO_MAJOR_EVENT_LAST_YEAR` (七.5 "在前一个认证年度内如出现重大服务关键事件,则H3C有权延迟或禁止其服务认证流程": a major key
 * event of a stored verdict less than a year before `appliedOn`). The record's entries dated after
 * `appliedOn` are ignored. Throws {@link AssessmentInputError} listing every problem.
 *
 * @example checkEligibility({ appliedOn: "2024-09-02", kind: "new", engineers: [], platform: { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 600000, hasCase: true } } }).eligible; // false: no certified engineers
 */
export function checkEligibility(application: unknown, options?: StandingOptions): Eligibility {
  const appliedOnGuess = typeof application === "object" && application !== null ? (application as { appliedOn?: unknown }).appliedOn : undefined;
  const { policy } = standingRules(options, typeof appliedOnGuess === "string" ? appliedOnGuess : "");
  const parsed = parseStandingInput(createApplicationSchema(policy), application);
  const { appliedOn, platform } = parsed;
  const { projectCaseMinimumAmount, lastQuarterTotalAtLeast } = policy.standing.application;
  const { falseInformationBanYears, majorAccidentBanYears, majorEventLookbackYears } = policy.standing.sanctions;
  const verdicts = (parsed.record?.assessments ?? []).filter((entry) => entry.verdict.effectiveFrom <= appliedOn);

  const bans = (parsed.record?.sanctions ?? [])
    .filter((sanction) => sanction.foundOn <= appliedOn)
    .map((sanction) => ({ ...sanction, until: addYears(sanction.foundOn, (sanction.clause === "7.1" ? falseInformationBanYears : majorAccidentBanYears).value) }))
    .filter((ban) => ban.until > appliedOn)
    .sort((a, b) => compareDates(a.until, b.until));
  const ban = bans.at(-1);

  const waits = verdicts.flatMap((entry) =>
    entry.verdict.reasons.flatMap((reason) => (reason.code === "TOTAL_BELOW_THRESHOLD" && reason.reapplyFrom && reason.reapplyFrom > appliedOn ? [{ quarter: entry.quarter, reapplyFrom: reason.reapplyFrom }] : [])),
  );
  const wait = waits.sort((a, b) => compareDates(a.reapplyFrom, b.reapplyFrom)).at(-1);
  const blacklisted = verdicts.find((entry) => entry.verdict.blacklist);
  const events = verdicts
    .flatMap((entry) => entry.verdict.reasons.flatMap((reason) => (reason.code === "MAJOR_KEY_EVENT" && reason.date ? [reason.date] : [])))
    .filter((date) => date <= appliedOn && addYears(date, majorEventLookbackYears.value) > appliedOn);
  const event = events.sort(compareDates).at(-1) ?? null;

  const renewal = parsed.kind === "renewal";
  const total = parsed.lastQuarterTotal ?? null;
  const { amount, hasCase } = platform.projectCase;
  return withEligibility(appliedOn, [
    ...engineerRequirements(parsed, policy),
    requirement("HOTLINE", "1.platform", { met: platform.hotline7x24 }),
    requirement("ISSUE_TRACKING", "1.platform", { met: platform.issueTracking }),
    requirement("TECHNICAL_MANAGER", "1.platform", { met: platform.technicalManager }),
    requirement("PROJECT_CASE", "1.platform", { met: hasCase && amount >= projectCaseMinimumAmount.value, amount, minimum: projectCaseMinimumAmount.value, hasCase }),
    requirement("LAST_QUARTER_TOTAL", "1.kpi", { met: !renewal || (total !== null && total >= lastQuarterTotalAtLeast.value), renewal, total, threshold: lastQuarterTotalAtLeast.value }),
    requirement("NO_SANCTION", ban?.clause ?? "7.1", { met: ban === undefined, foundOn: ban?.foundOn ?? null, passesFrom: ban?.until ?? null }, ban?.until ?? null),
    requirement("REAPPLY_WAIT", "4.1.b", { met: wait === undefined, quarter: wait?.quarter ?? null, passesFrom: wait?.reapplyFrom ?? null }, wait?.reapplyFrom ?? null),
    requirement("NOT_BLACKLISTED", "4.2.2", { met: blacklisted === undefined, quarter: blacklisted?.quarter ?? null }),
    requirement(
      "NO_MAJOR_EVENT_LAST_YEAR",
      "7.5",
      { met: event === null, date: event, passesFrom: event === null ? null : addYears(event, majorEventLookbackYears.value) },
      event === null ? null : addYears(event, majorEventLookbackYears.value),
    ),
  ]);
}

function withEligibility(appliedOn: CalendarDate, requirements: Requirement[]): Eligibility {
  return { appliedOn, eligible: requirements.every((each) => each.met || each.warningOnly), requirements };
}
