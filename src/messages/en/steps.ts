import { numberText } from "../../numbers/exact.js";
import type { Sentences } from "../bilingual.js";
import type { OutcomeCode, StepFigures } from "../steps.js";

/** The survey outcomes in English; the policy's Chinese label follows in parentheses. */
const OUTCOMES: Readonly<Record<OutcomeCode, string>> = {
  very_satisfied: "very satisfied",
  satisfied: "satisfied",
  neutral: "neutral",
  dissatisfied: "dissatisfied",
  very_dissatisfied: "very dissatisfied",
  unreachable: "unreachable",
  unreachable_after_reminder: "unreachable after a reminder",
};

const ignored = (rating: number | null) => (rating === null ? "" : ` (the rating ${numberText(rating)} is ignored)`);
const note = (text: string) => (text === "" ? "" : ` (${text})`);
/** The sentence `write` makes of a reported number, or "not reported" for a null. */
const notReported = (value: number | null, write: (value: number) => string) => (value === null ? "not reported, counted as 0" : write(value));

/** The steps' sentences in English. */
export const enSteps: Sentences<StepFigures> = {
  round: (f) => `exact ${f.exact} rounded half up to ${numberText(f.decimals)} decimals: ${numberText(f.rounded)}`,
  floor: (f) => `${f.value} is below 0: scored 0`,

  "major-projects.none": (f) => `no major project this quarter: not applicable, scored ${numberText(f.score)}`,
  "major-projects.on-time": (f) =>
    f.submittedOn === null || f.deadline === null
      ? `project ${f.project}: handover report on time; scores the rep office's rating ${numberText(f.score)}`
      : `project ${f.project}: handover report submitted ${f.submittedOn}, by the deadline ${f.deadline}; scores the rep office's rating ${numberText(f.score)}`,
  "major-projects.late": (f) =>
    f.submittedOn === null || f.deadline === null
      ? `project ${f.project}: handover report late; scores 0${ignored(f.rating)}`
      : `project ${f.project}: handover report submitted ${f.submittedOn}, after the deadline ${f.deadline}; scores 0${ignored(f.rating)}`,
  "major-projects.missing": (f) =>
    f.deadline === null
      ? `project ${f.project}: no handover report; scores 0${ignored(f.rating)}`
      : `project ${f.project}: no handover report by the deadline ${f.deadline}; scores 0${ignored(f.rating)}`,
  "major-projects.not-major": (f) =>
    `warning: project ${f.project} (${f.product}, ${numberText(f.seats)} seats) is not a major project (${f.products}, ≥ ${numberText(f.minSeats)} seats); scored because H3C listed it`,
  "major-projects.mean": (f) => `${numberText(f.projects)} major project(s), plain mean: ${f.sum} ÷ ${numberText(f.projects)} = ${f.mean}`,
  "major-projects.seat-weighted-mean": (f) => `seat-weighted mean: ${f.weighted} ÷ ${f.seats} seats = ${f.mean}`,

  "satisfaction.none": (f) => `no satisfaction survey this quarter: not applicable, scored ${numberText(f.score)}`,
  "satisfaction.completed": (f) => `project ${f.project}: survey outcome "${OUTCOMES[f.outcome]}" (${f.label}), ${numberText(f.points)} points`,
  "satisfaction.unreachable": (f) => `project ${f.project}: unreachable after three calls (${f.label}), minus ${numberText(f.deduction)}`,
  "satisfaction.unreachable-after-reminder": (f) =>
    `project ${f.project}: unreachable again after the partner's project manager was reminded (${f.label}), minus ${f.deduction}` +
    (f.addsToUnreachable ? " (added to the unreachable deduction)" : " (replaces the unreachable deduction)"),
  "satisfaction.base": (f) => `satisfaction = sum of completed surveys' points ÷ completed surveys = ${f.sum} ÷ ${numberText(f.completed)} = ${f.base}`,
  "satisfaction.base-without-completed": (f) => `no completed survey: base ${numberText(f.base)}`,
  "satisfaction.deductions": (f) => `minus unreachable deductions: ${f.base} − ${f.deductions} = ${f.result}`,

  "rep-office.none": (f) => `nothing reported by the rep office: not applicable, scored ${numberText(f.score)}`,
  "rep-office.start": (f) => `rep-office rating starts at ${numberText(f.max)}`,
  "rep-office.delivery-quality": (f) => `delivery quality: ${notReported(f.deduction, (deduction) => `the rep office deducts ${numberText(deduction)}`)}`,
  "rep-office.unlicensed-work": (f) => `unlicensed work: ${notReported(f.cases, (cases) => `${numberText(cases)} case(s) × ${numberText(f.perCase)} = minus ${f.deduction}`)}`,
  "rep-office.vendor-assist": (f) =>
    `vendor assistance on self-service projects: ${notReported(f.personDays, (personDays) => `${numberText(personDays)} person-day(s) × ${numberText(f.perPersonDay)} = minus ${f.deduction}`)}`,
  "rep-office.simple-issue-tickets": (f) =>
    `simple-question tickets to the rep office: ${notReported(f.tickets, (tickets) => `${numberText(tickets)} (${f.tier}), minus ${f.deduction}`)}`,
  "rep-office.key-event": (f) => `rep office's key-event deduction: ${notReported(f.deduction, (deduction) => `minus ${numberText(deduction)}`)}`,
  "rep-office.result": (f) => `${numberText(f.max)} − ${f.deductions} = ${f.result}`,

  "ecr.not-reported": (f) => `no 400-hotline figures reported: treated as no calls, not applicable, scored ${numberText(f.score)}`,
  "ecr.no-calls": (f) => `no 400-hotline calls this quarter: not applicable, scored ${numberText(f.score)}`,
  "ecr.few-simple-calls": (f) => `${numberText(f.simpleCalls)} simple question(s) this quarter, at most ${numberText(f.atMost)}: full ${numberText(f.score)}`,
  "ecr.band": (f) =>
    f.totalCalls === null
      ? `ECR = ${f.ecr} (given as a rate), in the band ${f.band}: ${numberText(f.points)} points`
      : `ECR = ${f.simpleCalls}/${numberText(f.totalCalls)} = ${f.ecr}, in the band ${f.band}: ${numberText(f.points)} points`,

  "training.online-not-reported": (f) => `online mandatory courses: not reported, treated as nobody required, not applicable, scored ${numberText(f.score)}`,
  "training.offline-not-reported": (f) => `offline training: not reported, treated as nobody required, not applicable, scored ${numberText(f.score)}`,
  "training.online-not-required": (f) => `online mandatory courses: no learner required this quarter, not applicable, scored ${numberText(f.score)}`,
  "training.offline-not-required": (f) => `offline training: no core engineer required this quarter, not applicable, scored ${numberText(f.score)}`,
  "training.online": (f) => `online mandatory courses completed by ${numberText(f.done)}/${numberText(f.required)} learners = ${f.ratio}, band ${f.band}: ${numberText(f.points)} points`,
  "training.offline": (f) => `offline training attended by ${numberText(f.done)}/${numberText(f.required)} core engineers = ${f.ratio}, band ${f.band}: ${numberText(f.points)} points`,
  "training.sum": (f) => `training = online ${numberText(f.online)} + offline ${numberText(f.offline)} = ${f.total}`,

  "key-events.none": () => "no key event this quarter",
  "key-events.bonus": (f) => `key event ${f.event} (bonus): +${numberText(f.points)}${note(f.note)}`,
  "key-events.penalty": (f) =>
    `key event ${f.event} (penalty${f.major === "blacklist" ? ", major: blacklist" : f.major === "downgrade" ? ", major: downgrade" : ""}): −${numberText(f.points)}${note(f.note)}`,
  "key-events.sum": (f) => `adjustment: ${f.bonus} − ${f.penalty} = ${f.adjustment}`,
};
