import type { Assessment } from "../../src/index.js";

/**
 * The part of an assessment a fixture's expectation pins down: every number, reason and date,
 * without steps and messages (those are tested rule by rule).
 */
export function comparable(assessment: Assessment) {
  const items = Object.fromEntries(
    Object.entries(assessment.items).map(([key, item]) => [
      key,
      { score: item.score, max: item.max, clause: item.clause, notApplicable: item.notApplicable },
    ]),
  );
  const reasons = assessment.verdict.reasons.map((reason) => {
    switch (reason.code) {
      case "ITEM_ZERO":
        return { code: reason.code, clause: reason.clause, item: reason.item };
      case "MAJOR_KEY_EVENT":
        return { code: reason.code, clause: reason.clause, eventId: reason.eventId, severity: reason.severity, date: reason.date };
      default:
        return { code: reason.code, clause: reason.clause };
    }
  });
  return {
    partnerId: assessment.partnerId,
    quarter: assessment.quarter,
    policy: assessment.policy,
    items,
    keyEventAdjustment: assessment.keyEventAdjustment,
    total: assessment.total,
    verdict: { ...assessment.verdict, reasons },
  };
}
