import { describe, expect, it } from "vitest";
import { assessQuarter, certificationSchedule, checkEligibility, evaluateStanding } from "../../src/index.js";
import { renderEligibilityText, renderScheduleText, renderStandingText } from "../../src/report/standing-table.js";
import { renderEligibilityMarkdown, renderGantt, renderScheduleMarkdown, renderStandingMarkdown } from "../../src/report/timeline.js";
import { certified, manager, record, team } from "../support/standing-records.js";

// A partner with a bit of everything on 2025-01-10: a stored ITEM_ZERO verdict for 2024-Q3 (2024-10-01 →
// 2025-01-01), a declared departure still in grace (E-2 left 2024-12-02 → due 2025-02-02), a sanction
// found 2025-01-06 (applications again from 2026-01-06), and the qualification's reminder (from 2025-01-09).
const itemZero = assessQuarter({ partner: { id: "P-0001" }, quarter: "2024-Q3", ecr: { simpleCalls: 20, totalCalls: 100 } });
const busy = record(team({ leftOn: "2024-12-02", declaredOn: "2024-12-03" }, {}, "2027-06-30"), {
  assessments: [{ quarter: "2024-Q3", verdict: itemZero.verdict }],
  sanctions: [{ clause: "7.6", foundOn: "2025-01-06" }],
}, ["2024-05-10"]);
const standing = evaluateStanding(busy, "2025-01-10");

describe("standing reports (docs/standing.md)", () => {
  it("the standing is cancelled since 2025-01-06 with a history and upcoming dates", () => {
    expect(standing).toMatchObject({ status: "cancelled", since: "2025-01-06" });
    expect(standing.history.map((finding) => finding.code)).toEqual(["QUARTER_DOWNGRADE", "DEPARTURE_DECLARATION_DUE"]);
  });

  it("plain text in English and Chinese", () => {
    const en = renderStandingText(standing, "en");
    expect(en.split("\n").slice(0, 2)).toEqual(["P-0001 · standing · as of 2025-01-10", "status: cancelled (since 2025-01-06)"]);
    expect(en).toContain("  2024-10-01 → 2025-01-01  [4.1.a] 2024-Q3 assessment (ITEM_ZERO): downgraded from 2024-10-01, the star returns on 2025-01-01");
    expect(en).toContain("  2026-01-06  [7.6] sanction: applications accepted again");
    const zh = renderStandingText(evaluateStanding({ partner: { id: "P" } }, "2025-01-10"), "zh");
    expect(zh).toBe("P · 星级状态 · 查询日 2025-01-10\n状态: 未认证\n当前有效:\n  无\n历史:\n  无\n即将到来:\n  无");
  });

  it("Markdown: a quarter's bar is named by its quarter; an instant finding gets a one-day bar; tables", () => {
    const markdown = renderStandingMarkdown(standing, "en");
    expect(markdown).toContain("    quarterly downgrade 2024-Q3 :crit, f0, 2024-10-01, 2025-01-01");
    // history first (f0, f1), then in force; open-ended bars run to a month after the last upcoming date (2027-07-01 + 30 days)
    expect(markdown).toContain("    sanction :crit, f3, 2025-01-06, 2027-07-31");
    expect(markdown).toContain("| SANCTION | 7.6 | 2025-01-06 | open |  |");
    expect(markdown).toContain("| 2026-01-06 | 7.6 | sanction: applications accepted again |");
    // E-2's certificate ends 2025-02-28 and is renewed 2025-03-20 (history: the reminder f0, the downgrade f1, the renewal f2)
    const renewed = record([manager(), certified("E-2", "2025-02-28"), certified("E-3", "2026-06-30")]);
    renewed.engineers?.[1]?.certificates?.push({ type: "H3CS-CDS", validThrough: "2028-03-31", registeredOn: "2025-03-20" });
    expect(renderGantt(evaluateStanding(renewed, "2025-03-20"), "zh")).toContain("    证书已替换 E-2 :f2, 2025-03-20, 2025-03-21");
  });

  it("a partner never certified: no periods, no findings, no milestones", () => {
    const gantt = renderGantt(evaluateStanding({ partner: { id: "P" } }, "2024-10-10"), "en");
    expect(gantt).toBe(["```mermaid", "gantt", "    title P standing as of 2024-10-10", "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m", "    section Status", "    section Findings", "```"].join("\n"));
    expect(renderStandingMarkdown(evaluateStanding({ partner: { id: "P" } }, "2024-10-10"), "en")).toContain("#### in force\n\nnone\n\n#### upcoming\n\nnone");
  });

  it("eligibility: ✓, ✗ and ! (a warning) in text; yes, no and warning in Markdown", () => {
    const verdict = { downgrade: true, blacklist: false, reasons: [{ code: "MAJOR_KEY_EVENT", clause: "4.2.2", date: "2024-08-20", effectiveFrom: "2024-08-20" }], effectiveFrom: "2024-08-20", restoresOn: null, reapplyFrom: null };
    const application = {
      appliedOn: "2025-01-10",
      kind: "renewal",
      lastQuarterTotal: 69,
      engineers: [
        { id: "E-2", roles: ["certified-engineer"], joinedOn: "2023-01-01", certificates: [{ type: "H3CS-CDS", validThrough: "2026-06-30" }], socialSecurityMonths: 12 },
        { id: "E-3", roles: ["certified-engineer"], joinedOn: "2023-01-01", certificates: [{ type: "H3CS-CDS", validThrough: "2026-06-30" }], socialSecurityMonths: 12 },
      ],
      platform: { hotline7x24: true, issueTracking: true, technicalManager: true, projectCase: { amount: 500_000, hasCase: true } },
      record: record(team(), { assessments: [{ quarter: "2024-Q3", verdict }] }),
    };
    const result = checkEligibility(application);
    const text = renderEligibilityText(result, "en");
    expect(text).toContain("  ✗ [1.kpi] LAST_QUARTER_TOTAL: 1 (KPI): last quarterly total 69, below 70");
    expect(text).toContain("  ! [7.5] NO_MAJOR_EVENT_LAST_YEAR: 7.5 (warning): a major key event on 2024-08-20; H3C may delay or refuse the certification until 2025-08-20 (passes from 2025-08-20)");
    expect(text).toContain("  ✓ [1.platform] HOTLINE: 1: 7×24 service hotline in place");
    const markdown = renderEligibilityMarkdown(result, "zh");
    expect(markdown).toContain("### 认证申请条件 · 2025-01-10: 暂不可申请");
    expect(markdown).toContain("| NO_MAJOR_EVENT_LAST_YEAR | 7.5 | 提示 | 2025-08-20 |");
    expect(markdown).toContain("| HOTLINE | 1.platform | 是 |  |");
    expect(markdown).toContain("| LAST_QUARTER_TOTAL | 1.kpi | 否 |  |");
  });

  it("schedule: done, late and waiting steps; the next interview", () => {
    const schedule = certificationSchedule({ appliedOn: "2024-09-02", reviewedOn: "2024-09-05", interviews: [{ on: "2024-09-20", passed: false }] });
    expect(renderScheduleText(schedule, "zh").split("\n")).toEqual([
      "认证流程",
      "  ✓ 六:总部初审应于 2024-09-05 前完成;2024-09-05 完成",
      "  ✗ 六:工程师面试应于 2024-09-12 前完成;尚未完成(逾期)",
      // not done: on-site counts from the interview's due date 09-12 → 09-19, already passed by the
      // progress's last date (09-20): late; the final review → 09-23, not yet
      "  ✗ 六:代表处现场认证应于 2024-09-19 前完成;尚未完成(逾期)",
      "  · 六:总部终审应于 2024-09-23 前完成;尚未完成",
      "  六.3:第 1 次面试于 2024-09-20 未通过,2024-11-20 起可再次面试",
    ]);
    const markdown = renderScheduleMarkdown(schedule, "en");
    expect(markdown).toContain("    6  HQ review due by 2024-09-05 :done, t0, 2024-09-02, 2024-09-06");
    expect(markdown).toContain("    6  interview due by 2024-09-12 :crit, t1, 2024-09-06, 2024-09-13");
    expect(markdown).toContain("    6  on-site certification due by 2024-09-19 :crit, t2, 2024-09-13, 2024-09-20");
    expect(markdown).toContain("    6  HQ final review due by 2024-09-23 :t3, 2024-09-20, 2024-09-24");
    expect(markdown).toContain("| interview | 2024-09-12 |  | yes |");
    expect(markdown).toContain("next interview from: 2024-11-20");
    expect(renderScheduleText(certificationSchedule({ appliedOn: "2024-09-02", reviewedOn: "2024-09-05", interviews: [{ on: "2024-09-10", passed: true }], onSiteOn: "2024-09-12", finalOn: "2024-09-13" }), "en")).not.toContain("next interview");
  });
});
