import { numberText } from "../../numbers/exact.js";
import type { Sentences } from "../bilingual.js";
import type { VerdictFigures } from "../verdict.js";

const downgradeFrom = (date: string | null) => (date === null ? "" : `: downgrade from ${date}`);
const from = (date: string | null) => (date === null ? "" : ` from ${date}`);
const OUTCOMES = { downgrade: "Downgraded", cancel: "Star qualification cancelled", blacklist: "Blacklisted" } as const;

/** The verdict's sentences in English. */
export const enVerdict: Sentences<VerdictFigures> = {
  ITEM_ZERO: (f) => `4.1.a: the item "${f.item.en}" scored 0${downgradeFrom(f.effectiveFrom)}`,
  TOTAL_BELOW_THRESHOLD: (f) => `4.1.b: total ${numberText(f.total)} is below ${numberText(f.threshold)}${downgradeFrom(f.effectiveFrom)}`,
  CUSTOMER_INFO_FALSIFIED: (f) =>
    `3.2.2: the customer information the partner fed back was found falsified: the star qualification is cancelled for one quarter${from(f.effectiveFrom)}; under 7.1 H3C may also cancel it and refuse applications for a year`,
  MAJOR_KEY_EVENT: (f) =>
    `4.2.2: major key event ${f.eventId}${f.note === "" ? "" : ` (${f.note})`}, handled by H3C at once on ${f.date}: ${f.severity === "blacklist" ? "blacklist" : "downgrade"}`,
  KEEP: (f) => `Star kept: no item scored 0, and the total ${numberText(f.total)} is not below ${numberText(f.threshold)}`,
  OUTCOME: (f) =>
    f.stages.map((stage, index) => `${index === 0 ? OUTCOMES[stage.outcome] : OUTCOMES[stage.outcome].toLowerCase()} from ${stage.from}; `).join("") +
    (f.restoresOn !== null
      ? `the star returns on ${f.restoresOn}`
      : `no automatic return${f.reapplyFrom !== null ? `; a new application may be filed from ${f.reapplyFrom}` : f.stages.some((stage) => stage.outcome === "blacklist") ? ", and no date for a new application" : ""}`),
  OUTCOME_OF_SCORES: (f) => (f.reasons.length === 0 ? "keep" : `downgrade: ${f.reasons.map((reason) => reason.en).join("; ")}`),
};
