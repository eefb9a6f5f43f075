import type { ClauseId } from "../policy/clauses.js";
import { type Facts, nextCertification } from "./facts.js";
import { type Finding, makeFinding } from "./finding.js";

/**
 * `QUARTER_DOWNGRADE` (the reasons' clauses): one per stored quarterly verdict that downgrades (四.1,
 * 三.2.2, 四.2.2), carrying its reason codes, from the verdict's `effectiveFrom`; until its
 * `restoresOn`, or with no automatic return the next certification on or after `effectiveFrom`
 * (null for a blacklist: 四.2.2 "加入黑名单" has no way back in the policy).
 *
 * @example quarterDowngradeFindings(factsAsOf({ partner: { id: "P" } }, "2024-10-10", CLOUD_DESKTOP_2024)); // []: no stored verdict
 */
export function quarterDowngradeFindings(facts: Facts): Finding[] {
  return facts.verdicts.flatMap(({ quarter, verdict }): Finding[] => {
    if (!verdict.downgrade) return [];
    const clauses = [...new Set(verdict.reasons.map((reason) => reason.clause))] as ClauseId[];
    const reasons = verdict.reasons.map((reason) => reason.code);
    const { effectiveFrom, blacklist } = verdict;
    const until = blacklist ? null : (verdict.restoresOn ?? nextCertification(facts, effectiveFrom));
    const [clause = "4.1.b", ...seeAlso] = clauses;
    return [
      makeFinding(
        "QUARTER_DOWNGRADE",
        { clause, ...(seeAlso.length > 0 ? { seeAlso } : {}), severity: blacklist ? "blacklist" : "downgrade", effectiveFrom, until, quarter, reasons },
        { quarter, reasons, blacklist, effectiveFrom, until, restores: !blacklist && verdict.restoresOn !== null },
      ),
    ];
  });
}
