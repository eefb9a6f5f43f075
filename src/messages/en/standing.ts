import type { Sentences } from "../bilingual.js";
import type { FindingFigures, RequirementFigures, StandingIssueFigures, StepFigures, UpcomingFigures } from "../standing.js";

const untilNextCertification = (until: string | null) =>
  until === null ? "until the certification process runs again" : `until ${until} (certified again)`;

/** The findings of the standing between assessments, in English. */
export const findingSentences: Sentences<FindingFigures> = {
  CERTIFIED_BELOW_MINIMUM: ({ count, minimum, effectiveFrom, until, renewal }) =>
    `4.2.a / 7.4: ${count} engineer(s) hold a registered, unexpired H3CS-CDS certificate, fewer than ${minimum}; downgraded from ${effectiveFrom} ` +
    (until === null ? "until a renewal is registered, or the certification process runs again" : renewal ? `until ${until}, when a renewal was registered (4.2.b)` : `until ${until} (certified again)`),
  CERT_RENEWED: ({ engineerId, registeredOn }) => `4.2.b: engineer ${engineerId} renewed the H3CS-CDS certificate, registered on ${registeredOn}; the star returned automatically`,
  CERT_EXPIRING: ({ engineerId, validThrough, remaining, minimum }) =>
    `4.2.a / 7.4: engineer ${engineerId}'s H3CS-CDS certificate is valid through ${validThrough}; without a replacement only ${remaining} of the ${minimum} required would remain, and the star is downgraded from the next day`,
  DEPARTURE_DECLARATION_DUE: ({ engineerId, leftOn, dueOn, workingDays }) =>
    `5.1: key person ${engineerId} left on ${leftOn}; the departure is to be reported to H3C within ${workingDays} working days, by ${dueOn}`,
  DEPARTURE_DECLARED_LATE: ({ engineerId, declaredOn, dueOn }) => `5.1: the departure of ${engineerId} was reported on ${declaredOn}, after the deadline ${dueOn}; the grace of 4.2.1.a still applies`,
  DEPARTURE_GRACE: ({ engineerId, leftOn, dueOn, filledOn }) =>
    `4.2.1.a: key person ${engineerId} left on ${leftOn} (declared); grace to fill the post until ${dueOn}` + (filledOn === null ? "" : `; filled on ${filledOn}`),
  DEPARTURE_UNFILLED: ({ engineerId, dueOn, until }) => `4.2.1.a: the post of ${engineerId} was not filled by ${dueOn}; downgraded ${untilNextCertification(until)}`,
  DEPARTURE_UNDECLARED: ({ engineerId, leftOn, foundOn, until }) =>
    `4.2.1.b: key person ${engineerId} left on ${leftOn} without a declaration, found by H3C on ${foundOn}; downgraded at once, ${untilNextCertification(until)}`,
  PLEDGE_DUE: ({ engineerId, signedOn, dueOn, months }) => `4.2.1.c: pledge for new hire ${engineerId} signed on ${signedOn}; proof of ${months} months of social security is due by ${dueOn}`,
  PLEDGE_BROKEN: ({ engineerId, dueOn, until }) =>
    `4.2.1.c: no social-security proof for ${engineerId} by ${dueOn}; downgraded and the service fees are to be paid back, ${untilNextCertification(until)}`,
  QUALIFICATION_EXPIRING: ({ certifiedOn, validThrough }) => `7.3: the service qualification certified on ${certifiedOn} is valid through ${validThrough}; renew it before then`,
  QUALIFICATION_EXPIRED: ({ validThrough, until }) => `7.3: the service qualification expired after ${validThrough}; ${until === null ? "until it is certified again" : `certified again on ${until}`}`,
  QUARTER_DOWNGRADE: ({ quarter, reasons, blacklist, effectiveFrom, until, restores }) =>
    `${quarter} assessment (${reasons.join(", ")}): ${blacklist ? "blacklisted" : "downgraded"} from ${effectiveFrom}` +
    (blacklist ? ", no automatic return" : restores ? `, the star returns on ${until}` : `, no automatic return; ${untilNextCertification(until)}`),
  SANCTION: ({ clause, foundOn, reapplyFrom, until }) =>
    `${clause}: found by H3C on ${foundOn}; the star qualification is cancelled and no application is accepted before ${reapplyFrom}` + (until === null ? "" : `; certified again on ${until}`),
};

const FINDING_NAMES: Record<keyof FindingFigures, string> = {
  CERTIFIED_BELOW_MINIMUM: "certified engineers below the minimum",
  CERT_RENEWED: "certificate renewed",
  CERT_EXPIRING: "certificate expiring",
  DEPARTURE_DECLARATION_DUE: "departure to report",
  DEPARTURE_DECLARED_LATE: "departure reported late",
  DEPARTURE_GRACE: "grace to fill a departure",
  DEPARTURE_UNFILLED: "departure not filled",
  DEPARTURE_UNDECLARED: "undeclared departure",
  PLEDGE_DUE: "social-security pledge",
  PLEDGE_BROKEN: "pledge broken",
  QUALIFICATION_EXPIRING: "qualification expiring",
  QUALIFICATION_EXPIRED: "qualification expired",
  QUARTER_DOWNGRADE: "quarterly downgrade",
  SANCTION: "sanction",
};

/** The dates that fall due, in English. */
export const upcomingSentences: Sentences<UpcomingFigures> = {
  upcoming: ({ kind, code, subject }) => {
    const name = `${FINDING_NAMES[code]}${subject === null ? "" : ` (${subject})`}`;
    return { begins: `${name} begins`, due: `${name}: last day`, ends: `${name} ends`, reapply: `${name}: applications accepted again` }[kind];
  },
};

/** The name of a finding, in English. */
export const findingName = (code: keyof FindingFigures): string => FINDING_NAMES[code];

const metOr = (met: boolean, yes: string, no: string) => (met ? yes : no);

/** The eligibility requirements, in English. */
export const requirementSentences: Sentences<RequirementFigures> = {
  CERTIFIED_ENGINEERS: ({ met, qualified, minimum, validAfter }) =>
    `1: ${qualified} employed engineer(s) hold an H3CS-CDS certificate valid after ${validAfter} (more than one month after applying); ${metOr(met, "at least", "fewer than")} ${minimum} required`,
  SOCIAL_SECURITY: ({ met, short, months, passesFrom }) =>
    met ? `6.2: every certified engineer has at least ${months} months of social security` : `6.2: ${short.join(", ")} have fewer than ${months} months of social security; enough from ${passesFrom}`,
  HOTLINE: ({ met }) => `1: 7×24 service hotline ${metOr(met, "in place", "missing")}`,
  ISSUE_TRACKING: ({ met }) => `1: customer-issue tracking system and process ${metOr(met, "in place", "missing")}`,
  TECHNICAL_MANAGER: ({ met }) => `1: technical manager ${metOr(met, "in place", "missing")}`,
  PROJECT_CASE: ({ met, amount, minimum, hasCase }) =>
    `1: project-management experience of ${amount} RMB${hasCase ? " with" : " without"} an implementation case; ${metOr(met, "meets", "below")} the ${minimum} RMB with a case required`,
  LAST_QUARTER_TOTAL: ({ met, renewal, total, threshold }) =>
    renewal ? `1 (KPI): last quarterly total ${total}, ${metOr(met, "at least", "below")} ${threshold}` : "1 (KPI): a new application needs no quarterly total",
  NO_SANCTION: ({ met, foundOn, passesFrom }) => (met ? "7.1 / 7.6: no ban on applications" : `7.1 / 7.6: found by H3C on ${foundOn}; no application accepted before ${passesFrom}`),
  REAPPLY_WAIT: ({ met, quarter, passesFrom }) => (met ? "4.1.b: no wait after a low total" : `4.1.b: total below the pass mark in ${quarter}; a new application from ${passesFrom}`),
  NOT_BLACKLISTED: ({ met, quarter }) => (met ? "4.2.2: not blacklisted" : `4.2.2: blacklisted by the ${quarter} assessment`),
  NO_MAJOR_EVENT_LAST_YEAR: ({ met, date, passesFrom }) =>
    met ? "7.5: no major key event in the year before applying" : `7.5 (warning): a major key event on ${date}; H3C may delay or refuse the certification until ${passesFrom}`,
};

const STEP_NAMES = { review: "HQ review", interview: "interview", "on-site": "on-site certification", final: "HQ final review" } as const;

/** The certification steps, in English. */
export const stepSentences: Sentences<StepFigures> = {
  step: ({ step, dueOn, doneOn, late }) => `6: ${STEP_NAMES[step]} due by ${dueOn}; ${doneOn === null ? "not done yet" : `done on ${doneOn}`}${late ? " (late)" : ""}`,
  nextInterview: ({ failures, lastFailedOn, from }) =>
    `6.3: ${failures === 1 ? "the first interview" : `interview ${failures}`} failed on ${lastFailedOn}; the next interview from ${from}`,
};

/** The problems of a record, an application or a progress, in English. */
export const standingIssueSentences: Sentences<StandingIssueFigures> = {
  LEFT_BEFORE_JOINED: ({ leftOn, joinedOn }) => `leftOn ${leftOn} is before joinedOn ${joinedOn}`,
  DECLARED_BEFORE_LEFT: ({ declaredOn, leftOn }) => `declaredOn ${declaredOn} is before leftOn ${leftOn}`,
  FOUND_BEFORE_LEFT: ({ foundOn, leftOn }) => `foundOn ${foundOn} is before leftOn ${leftOn}`,
  NOT_LEFT: ({ field }) => `${field} is set, but the engineer has not left (leftOn is null)`,
  REGISTERED_AFTER_VALID_THROUGH: ({ registeredOn, validThrough }) => `registeredOn ${registeredOn} is after validThrough ${validThrough}`,
  UNKNOWN_CERTIFICATE_TYPE: ({ type, known }) => `unknown certificate type "${type}"; known: ${known}`,
  DUPLICATE_ENGINEER_ID: ({ id, firstIndex }) => `engineer ID "${id}" appears twice (first at index ${firstIndex})`,
  PROOF_BEFORE_PLEDGE: ({ proofOn, signedOn }) => `proofOn ${proofOn} is before signedOn ${signedOn}`,
  LAST_QUARTER_TOTAL_REQUIRED: () => "a renewal needs lastQuarterTotal, the last quarterly total (1, KPI)",
  STEP_BEFORE_PREVIOUS: ({ field, date, previous, previousDate }) => `${field} ${date} is before ${previous} ${previousDate}`,
  STEP_WITHOUT_PREVIOUS: ({ field, previous }) => `${field} is set, but ${previous} is not`,
  INTERVIEW_AFTER_PASS: ({ date, passedOn }) => `an interview on ${date} after the interview passed on ${passedOn}`,
  NOT_AS_OF_DATE: ({ value }) => `asOf must be a real calendar date YYYY-MM-DD, received ${JSON.stringify(value)}`,
};
