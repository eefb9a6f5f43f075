import { addYears } from "../dates/months.js";
import type { Policy } from "../policy/schema.js";
import { type Facts, nextCertification } from "./facts.js";
import { type Finding, makeFinding } from "./finding.js";

/**
 * `SANCTION` (7.1 or 7.6, cancel): 七.1 "如在认证流程中或星级有效期内发现任何虚假信息,H3C有权终止其星级申请或取消其星级资质,
 * 且一年内不再受理星级认证申请"; 七.6 "如因渠道交维检查执行不到位,导致客户重大事故,将取消星级服务资质,一年内不受理服务星级认证申请".
 * From `foundOn`; applications accepted again from `foundOn` + 1 year (date-fns `addYears`: 2024-11-02 →
 * 2025-11-02; 2024-02-29 → 2025-02-28); until the next certification on or after that day.
 *
 * @example sanctionFindings(factsAsOf({ partner: { id: "P" }, sanctions: [{ clause: "7.1", foundOn: "2024-11-02" }] }, "2024-11-10", CLOUD_DESKTOP_2024), CLOUD_DESKTOP_2024)[0].reapplyFrom; // "2025-11-02"
 */
export function sanctionFindings(facts: Facts, policy: Policy): Finding[] {
  const { falseInformationBanYears, majorAccidentBanYears } = policy.standing.sanctions;
  return facts.sanctions.map(({ clause, foundOn }) => {
    const reapplyFrom = addYears(foundOn, (clause === "7.1" ? falseInformationBanYears : majorAccidentBanYears).value);
    const until = nextCertification(facts, reapplyFrom);
    return makeFinding("SANCTION", { clause, severity: "cancel", effectiveFrom: foundOn, until, reapplyFrom }, { clause, foundOn, reapplyFrom, until });
  });
}
