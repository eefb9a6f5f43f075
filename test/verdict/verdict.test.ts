import { describe, expect, it } from "vitest";
import { AssessmentSchema, assessQuarter, buildVerdict, CLOUD_DESKTOP_2024, type ItemKey, type KeyEvent, type Policy, type QuarterId, type Verdict, verdictOfScores } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/**
 * 四.1.a "有任何一项为0,对渠道进行降级处理,降级周期为一个季度"; 四.1.b "若合作伙伴星级季度考核<70分,对渠道进行降级处理,一个季度后,
 * 可重新提交认证申请"; 三.2.2 "如H3C发现渠道反馈的客户信息造假,将直接取消星级服务资质一个季度"; 四.2.2 重要关键事件 → 降级 or 黑名单,
 * handled at once ("实时"). The reasons, their dates, how they combine, and the verdict's own sentence
 * (docs/interpretations.md, "The verdict's dates").
 * Dates worked out by hand: 2024-Q3 → Q+1 starts 2024-10-01, Q+2 starts 2025-01-01.
 */

const FULL: Record<ItemKey, number> = { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 };

/** A 2024-Q3 quarter with every item at its maximum (total 100), nothing falsified, no key events. */
const facts = (
  over: Partial<{ quarter: QuarterId; itemScores: Partial<Record<ItemKey, number>>; total: number; customerInfoFalsified: boolean; keyEvents: KeyEvent[] }> = {},
) => ({
  quarter: over.quarter ?? ("2024-Q3" as QuarterId),
  itemScores: { ...FULL, ...over.itemScores },
  total: over.total ?? 100,
  customerInfoFalsified: over.customerInfoFalsified ?? false,
  keyEvents: over.keyEvents ?? [],
});

const majorEvent = (id: string, major: "downgrade" | "blacklist", date: string): KeyEvent => ({ id, kind: "penalty", points: 10, note: "严重的客户投诉", major, date });

describe("4.1.a / 4.1.b downgrade verdict (with 3.2.2 and 4.2.2)", () => {
  describe("4.1.a / 4.1.b no reasons", () => {
    it("all items > 0 and total 100 ≥ 70 → downgrade false, blacklist false, reasons [], restoresOn/reapplyFrom null, effectiveFrom still Q+1 2024-10-01", () => {
      expect(buildVerdict(facts())).toEqual({
        downgrade: false,
        blacklist: false,
        reasons: [],
        effectiveFrom: "2024-10-01",
        restoresOn: null,
        reapplyFrom: null,
        message: { zh: "保持星级:各考核项均不为 0,总分 100 不低于 70 分", en: "Star kept: no item scored 0, and the total 100 is not below 70" },
      });
    });

    it("a key event that is not major gives no reason", () => {
      const verdict = buildVerdict(facts({ keyEvents: [{ id: "KE-1", kind: "penalty", points: 5, note: "超期挂账", date: "2024-08-01" }] }));
      expect(verdict.downgrade).toBe(false);
      expect(verdict.reasons).toEqual([]);
    });
  });

  describe("4.1.a ITEM_ZERO", () => {
    it("ecr 0, total 85: one reason; downgraded from 2024-10-01 (Q+1), returns 2025-01-01 (Q+2)", () => {
      const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 85 }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2024-10-01", restoresOn: "2025-01-01", reapplyFrom: null });
      expect(verdict.reasons).toHaveLength(1);
      expect(verdict.reasons[0]).toMatchObject({ code: "ITEM_ZERO", clause: "4.1.a", item: "ecr", effectiveFrom: "2024-10-01", restoresOn: "2025-01-01" });
    });

    it.each(["majorProjects", "satisfaction", "repOffice", "ecr", "training"] as const)("%s at 0 alone → ITEM_ZERO naming it", (item) => {
      const verdict = buildVerdict(facts({ itemScores: { [item]: 0 }, total: 80 }));
      expect(verdict.reasons.map((r) => [r.code, "item" in r ? r.item : null])).toEqual([["ITEM_ZERO", item]]);
      expect(verdict.restoresOn).toBe("2025-01-01");
    });

    it("0.01 is not 0: satisfaction 0.01 → no reason", () => {
      expect(buildVerdict(facts({ itemScores: { satisfaction: 0.01 }, total: 75.01 })).reasons).toEqual([]);
    });

    it("training 0 and majorProjects 0 → two reasons in the policy's item order (majorProjects first), restoresOn 2025-01-01", () => {
      const verdict = buildVerdict(facts({ itemScores: { training: 0, majorProjects: 0 }, total: 70 }));
      expect(verdict.reasons.map((r) => ("item" in r ? r.item : r.code))).toEqual(["majorProjects", "training"]);
      expect(verdict.restoresOn).toBe("2025-01-01");
      expect(verdict.reapplyFrom).toBe(null);
    });

    it("2024-Q4: effectiveFrom 2025-01-01, restoresOn 2025-04-01 (across the year)", () => {
      const verdict = buildVerdict(facts({ quarter: "2024-Q4", itemScores: { ecr: 0 }, total: 85 }));
      expect(verdict).toMatchObject({ effectiveFrom: "2025-01-01", restoresOn: "2025-04-01" });
      expect(verdict.reasons[0]).toMatchObject({ effectiveFrom: "2025-01-01", restoresOn: "2025-04-01" });
    });

    it("custom policy itemZeroDowngradeQuarters 2: 2024-Q3 ecr 0 → restoresOn 2025-04-01 (Q+3)", () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.verdict.itemZeroDowngradeQuarters.value = 2;
      expect(buildVerdict(facts({ itemScores: { ecr: 0 }, total: 85 }), policy as Policy).restoresOn).toBe("2025-04-01");
    });
  });

  describe("4.1.b TOTAL_BELOW_THRESHOLD", () => {
    it("total exactly 70 passes (≥70分): no reason", () => {
      expect(buildVerdict(facts({ itemScores: { majorProjects: 0.01 }, total: 70 })).downgrade).toBe(false);
    });

    it("total 69.99 < 70 fails: downgrade from 2024-10-01, no automatic return, reapply from 2025-01-01", () => {
      const verdict = buildVerdict(facts({ itemScores: { majorProjects: 9.99, satisfaction: 10 }, total: 69.99 }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2024-10-01", restoresOn: null, reapplyFrom: "2025-01-01" });
      expect(verdict.reasons).toHaveLength(1);
      expect(verdict.reasons[0]).toMatchObject({ code: "TOTAL_BELOW_THRESHOLD", clause: "4.1.b", total: 69.99, threshold: 70, effectiveFrom: "2024-10-01", reapplyFrom: "2025-01-01" });
    });

    it("2024-Q4 total 50 → effectiveFrom 2025-01-01, reapplyFrom 2025-04-01", () => {
      const verdict = buildVerdict(facts({ quarter: "2024-Q4", total: 50 }));
      expect(verdict).toMatchObject({ effectiveFrom: "2025-01-01", reapplyFrom: "2025-04-01", restoresOn: null });
    });

    it("a negative total (key-event penalties) −5 < 70 → TOTAL_BELOW_THRESHOLD", () => {
      expect(buildVerdict(facts({ total: -5 })).reasons.map((r) => r.code)).toEqual(["TOTAL_BELOW_THRESHOLD"]);
    });
  });

  describe("3.2.2 CUSTOMER_INFO_FALSIFIED", () => {
    it("falsified with total 100: cancelled for Q+1 whatever the score, returns 2025-01-01", () => {
      const verdict = buildVerdict(facts({ customerInfoFalsified: true }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2024-10-01", restoresOn: "2025-01-01", reapplyFrom: null });
      expect(verdict.reasons).toEqual([
        expect.objectContaining({ code: "CUSTOMER_INFO_FALSIFIED", clause: "3.2.2", seeAlso: "7.1", effectiveFrom: "2024-10-01", restoresOn: "2025-01-01" }),
      ]);
    });
  });

  describe("4.2.2 MAJOR_KEY_EVENT", () => {
    it("downgrade event dated 2024-08-15: reason carries eventId, severity, date, effectiveFrom = event date, and so does the verdict (H3C handles it 实时); no automatic return", () => {
      const verdict = buildVerdict(facts({ total: 90, keyEvents: [majorEvent("KE-7", "downgrade", "2024-08-15")] }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2024-08-15", restoresOn: null, reapplyFrom: null });
      expect(verdict.reasons).toEqual([
        expect.objectContaining({ code: "MAJOR_KEY_EVENT", clause: "4.2.2", eventId: "KE-7", severity: "downgrade", date: "2024-08-15", effectiveFrom: "2024-08-15" }),
      ]);
    });

    it("blacklist event → blacklist true, downgrade true, restoresOn null, reapplyFrom null", () => {
      const verdict = buildVerdict(facts({ total: 90, keyEvents: [majorEvent("KE-8", "blacklist", "2024-09-02")] }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: true, restoresOn: null, reapplyFrom: null });
      expect(verdict.reasons[0]).toMatchObject({ code: "MAJOR_KEY_EVENT", severity: "blacklist", effectiveFrom: "2024-09-02" });
    });

    it("two major events → one reason each, in input order", () => {
      const verdict = buildVerdict(facts({ keyEvents: [majorEvent("KE-2", "downgrade", "2024-09-01"), majorEvent("KE-1", "blacklist", "2024-07-10")] }));
      expect(verdict.reasons.map((r) => (r.code === "MAJOR_KEY_EVENT" ? r.eventId : r.code))).toEqual(["KE-2", "KE-1"]);
      expect(verdict.blacklist).toBe(true);
    });
  });

  describe("4.1.a / 4.1.b / 3.2.2 / 4.2.2 combinations", () => {
    it("ITEM_ZERO + CUSTOMER_INFO_FALSIFIED (both one-quarter) → restoresOn 2025-01-01, reapplyFrom null", () => {
      const verdict = buildVerdict(facts({ itemScores: { repOffice: 0 }, total: 90, customerInfoFalsified: true }));
      expect(verdict.reasons.map((r) => r.code)).toEqual(["ITEM_ZERO", "CUSTOMER_INFO_FALSIFIED"]);
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, restoresOn: "2025-01-01", reapplyFrom: null });
    });

    it("ITEM_ZERO + TOTAL_BELOW_THRESHOLD → restoresOn null (no automatic return), reapplyFrom 2025-01-01", () => {
      const verdict = buildVerdict(facts({ itemScores: { ecr: 0, training: 0 }, total: 65 }));
      expect(verdict.reasons.map((r) => r.code)).toEqual(["ITEM_ZERO", "ITEM_ZERO", "TOTAL_BELOW_THRESHOLD"]);
      expect(verdict).toMatchObject({ restoresOn: null, reapplyFrom: "2025-01-01" });
    });

    it("ITEM_ZERO + MAJOR_KEY_EVENT downgrade → restoresOn null, reapplyFrom null", () => {
      const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 85, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, restoresOn: null, reapplyFrom: null });
    });

    it("CUSTOMER_INFO_FALSIFIED + MAJOR_KEY_EVENT downgrade → restoresOn null", () => {
      const verdict = buildVerdict(facts({ customerInfoFalsified: true, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] }));
      expect(verdict.restoresOn).toBe(null);
    });

    it("TOTAL_BELOW_THRESHOLD + MAJOR_KEY_EVENT downgrade → reapplyFrom 2025-01-01 (no blacklist), restoresOn null", () => {
      const verdict = buildVerdict(facts({ total: 60, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] }));
      expect(verdict).toMatchObject({ blacklist: false, restoresOn: null, reapplyFrom: "2025-01-01" });
    });

    it("TOTAL_BELOW_THRESHOLD + MAJOR_KEY_EVENT blacklist → reapplyFrom null, blacklist true", () => {
      const verdict = buildVerdict(facts({ total: 60, keyEvents: [majorEvent("KE-1", "blacklist", "2024-08-15")] }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: true, restoresOn: null, reapplyFrom: null });
    });

    it("TOTAL_BELOW_THRESHOLD + CUSTOMER_INFO_FALSIFIED → restoresOn null, reapplyFrom 2025-01-01", () => {
      const verdict = buildVerdict(facts({ total: 60, customerInfoFalsified: true }));
      expect(verdict).toMatchObject({ restoresOn: null, reapplyFrom: "2025-01-01" });
    });

    it("reason order: ITEM_ZERO (item order), TOTAL_BELOW_THRESHOLD, CUSTOMER_INFO_FALSIFIED, MAJOR_KEY_EVENT", () => {
      const verdict = buildVerdict(
        facts({
          itemScores: { training: 0, satisfaction: 0 },
          total: 40,
          customerInfoFalsified: true,
          keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")],
        }),
      );
      expect(verdict.reasons.map((r) => [r.code, r.clause])).toEqual([
        ["ITEM_ZERO", "4.1.a"],
        ["ITEM_ZERO", "4.1.a"],
        ["TOTAL_BELOW_THRESHOLD", "4.1.b"],
        ["CUSTOMER_INFO_FALSIFIED", "3.2.2"],
        ["MAJOR_KEY_EVENT", "4.2.2"],
      ]);
      expect(verdict.reasons.slice(0, 2).map((r) => ("item" in r ? r.item : null))).toEqual(["satisfaction", "training"]);
    });

    it("every reason has a non-empty message in zh and en", () => {
      const verdict = buildVerdict(
        facts({
          itemScores: { ecr: 0 },
          total: 40,
          customerInfoFalsified: true,
          keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15"), majorEvent("KE-2", "blacklist", "2024-09-15")],
        }),
      );
      expect(verdict.reasons).toHaveLength(5);
      for (const reason of verdict.reasons) {
        expect(reason.message.zh.length).toBeGreaterThan(0);
        expect(reason.message.en.length).toBeGreaterThan(0);
      }
    });
  });
});

describe("4.1 / 4.2.2 the verdict takes effect on its earliest reason's date", () => {
  it("ITEM_ZERO (from 2024-10-01) and a major key event of 2024-08-15: the verdict takes effect 2024-08-15", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 85, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] }));
    expect(verdict.reasons.map((reason) => [reason.code, reason.effectiveFrom])).toEqual([
      ["ITEM_ZERO", "2024-10-01"],
      ["MAJOR_KEY_EVENT", "2024-08-15"],
    ]);
    expect(verdict.effectiveFrom).toBe("2024-08-15");
  });

  it("two major events, 2024-09-01 then 2024-07-10: the earlier, 2024-07-10, whatever their order", () => {
    expect(buildVerdict(facts({ keyEvents: [majorEvent("KE-2", "downgrade", "2024-09-01"), majorEvent("KE-1", "blacklist", "2024-07-10")] })).effectiveFrom).toBe("2024-07-10");
    expect(buildVerdict(facts({ keyEvents: [majorEvent("KE-1", "blacklist", "2024-07-10"), majorEvent("KE-2", "downgrade", "2024-09-01")] })).effectiveFrom).toBe("2024-07-10");
  });

  it("a major event on the quarter's last day, 2024-09-30, still comes before Q+1", () => {
    expect(buildVerdict(facts({ total: 60, keyEvents: [majorEvent("KE-1", "downgrade", "2024-09-30")] })).effectiveFrom).toBe("2024-09-30");
  });

  it("the composer agrees: assessQuarter with a major event of 2024-08-15 and ECR 0 takes effect 2024-08-15", () => {
    const a = assessQuarter({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      ecr: { simpleCalls: 20, totalCalls: 100 }, // 20 % > 16 % → 0
      keyEvents: [{ id: "KE-1", kind: "penalty", points: 5, note: "窜货骗保", major: "downgrade", date: "2024-08-15" }],
    });
    // 30 + 25 + 10 + 0 + 20 − 5 = 80
    expect([a.total, a.verdict.effectiveFrom, a.verdict.restoresOn, a.verdict.reapplyFrom]).toEqual([80, "2024-08-15", null, null]);
  });
});

describe("4.1 the verdict's own message states the combined outcome", () => {
  it.each<[string, Parameters<typeof facts>[0], Verdict["message"]]>([
    ["ITEM_ZERO alone", { itemScores: { ecr: 0 }, total: 85 }, { zh: "降级,自 2024-10-01 起;2025-01-01 自动恢复星级", en: "Downgraded from 2024-10-01; the star returns on 2025-01-01" }],
    [
      "TOTAL_BELOW_THRESHOLD",
      { total: 60 },
      { zh: "降级,自 2024-10-01 起;不自动恢复;2025-01-01 起可重新提交认证申请", en: "Downgraded from 2024-10-01; no automatic return; a new application may be filed from 2025-01-01" },
    ],
    ["CUSTOMER_INFO_FALSIFIED", { customerInfoFalsified: true }, { zh: "取消星级服务资质,自 2024-10-01 起;2025-01-01 自动恢复星级", en: "Star qualification cancelled from 2024-10-01; the star returns on 2025-01-01" }],
    ["a major event, downgrade", { total: 90, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] }, { zh: "降级,自 2024-08-15 起;不自动恢复", en: "Downgraded from 2024-08-15; no automatic return" }],
    [
      "a major event (downgrade) and a total below 70",
      { total: 60, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] },
      { zh: "降级,自 2024-08-15 起;不自动恢复;2025-01-01 起可重新提交认证申请", en: "Downgraded from 2024-08-15; no automatic return; a new application may be filed from 2025-01-01" },
    ],
    [
      "a blacklist with every other reason",
      { itemScores: { ecr: 0 }, total: 40, customerInfoFalsified: true, keyEvents: [majorEvent("KE-1", "blacklist", "2024-08-15")] },
      { zh: "加入黑名单,自 2024-08-15 起;不自动恢复,无可重新申请的日期", en: "Blacklisted from 2024-08-15; no automatic return, and no date for a new application" },
    ],
  ])("%s", (_name, over, message) => {
    expect(buildVerdict(facts(over)).message).toEqual(message);
  });

  it("a blacklisted partner is never told its star returns or when it may reapply: no sentence of the verdict names Q+2 (2025-01-01) or a return", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0, training: 0 }, total: 40, customerInfoFalsified: true, keyEvents: [majorEvent("KE-1", "blacklist", "2024-08-15"), majorEvent("KE-2", "downgrade", "2024-09-02")] }));
    expect([verdict.blacklist, verdict.restoresOn, verdict.reapplyFrom]).toEqual([true, null, null]);
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(["ITEM_ZERO", "ITEM_ZERO", "TOTAL_BELOW_THRESHOLD", "CUSTOMER_INFO_FALSIFIED", "MAJOR_KEY_EVENT", "MAJOR_KEY_EVENT"]);
    for (const message of [verdict.message, ...verdict.reasons.map((reason) => reason.message)]) {
      expect(message.en).not.toContain("2025-01-01");
      expect(message.zh).not.toContain("2025-01-01");
      expect(message.en).not.toMatch(/returns|restored|may be filed|reapply/i);
      expect(message.zh).not.toMatch(/(?<!不)自动恢复|可重新提交/);
    }
  });

  it("each reason's message speaks of its own clause: it opens with it, and names no date but its own", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 40, customerInfoFalsified: true, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-15")] }));
    const opening = { ITEM_ZERO: ["4.1.a", "四.1.a"], TOTAL_BELOW_THRESHOLD: ["4.1.b", "四.1.b"], CUSTOMER_INFO_FALSIFIED: ["3.2.2", "三.2.2"], MAJOR_KEY_EVENT: ["4.2.2", "四.2.2"] } as const;
    for (const reason of verdict.reasons) {
      const [en, zh] = opening[reason.code];
      expect(reason.message.en.startsWith(`${en}:`), reason.message.en).toBe(true);
      expect(reason.message.zh.startsWith(`${zh}:`), reason.message.zh).toBe(true);
      const dates = (text: string) => [...new Set(text.match(/\d{4}-\d{2}-\d{2}/g) ?? [])];
      expect(dates(reason.message.en)).toEqual([reason.effectiveFrom]);
      expect(dates(reason.message.zh)).toEqual([reason.effectiveFrom]);
    }
  });
});

describe("4.1 buildVerdict checks its facts as the composer checks a quarter", () => {
  it("an item score above its maximum, a negative one, a total that is no number, a quarter before the policy: each listed with its path", () => {
    expect(issuesOf(() => buildVerdict(facts({ itemScores: { ecr: 16 } })))).toEqual([{ path: ["itemScores", "ecr"], code: "ITEM_SCORE_ABOVE_MAX" }]);
    expect(issuesOf(() => buildVerdict(facts({ itemScores: { training: -1 } })))).toEqual([{ path: ["itemScores", "training"], code: "NOT_ITEM_SCORE" }]);
    expect(issuesOf(() => buildVerdict(facts({ total: Number.NaN })))).toEqual([{ path: ["total"], code: "invalid_type" }]);
    expect(issuesOf(() => buildVerdict(facts({ quarter: "2024-Q1" as QuarterId })))).toEqual([{ path: ["quarter"], code: "NO_POLICY" }]);
    expect(issuesOf(() => buildVerdict(null as never))).toEqual([{ path: [], code: "invalid_type" }]);
  });

  it("a major key event without its date is an error (was: dropped, and the partner kept its star)", () => {
    const undated = { id: "KE-9", kind: "penalty", points: 10, note: "窜货骗保", major: "blacklist" } as KeyEvent;
    expect(issuesOf(() => buildVerdict(facts({ keyEvents: [undated] })))).toEqual([{ path: ["keyEvents", 0, "date"], code: "MAJOR_EVENT_NEEDS_DATE" }]);
  });

  it("a bonus marked major, a repeated event id and an event of another quarter are errors too", () => {
    const events = [
      { id: "KE-1", kind: "bonus", points: 1, note: "", major: "downgrade", date: "2024-08-01" },
      { id: "KE-1", kind: "penalty", points: 1, note: "" },
      { id: "KE-2", kind: "penalty", points: 1, note: "", major: "blacklist", date: "2024-10-01" },
    ] as KeyEvent[];
    expect(issuesOf(() => buildVerdict(facts({ keyEvents: events })))).toEqual([
      { path: ["keyEvents", 0, "major"], code: "MAJOR_EVENT_NOT_PENALTY" },
      { path: ["keyEvents", 1, "id"], code: "DUPLICATE_ID" },
      { path: ["keyEvents", 2, "date"], code: "EVENT_OUTSIDE_QUARTER" },
    ]);
  });
});

describe("4.1 verdictOfScores: the verdict a spreadsheet's item scores and total give (no dates)", () => {
  it("all items above 0 and 70.00 → keep; an item at 0 → ITEM_ZERO naming it; 69.99 → TOTAL_BELOW_THRESHOLD; both → both, in that order", () => {
    expect(verdictOfScores({ itemScores: FULL, total: 70 })).toMatchObject({ downgrade: false, reasons: [], message: { zh: "保持星级", en: "keep" } });
    expect(verdictOfScores({ itemScores: { ...FULL, satisfaction: 0 }, total: 75 }).reasons).toMatchObject([{ code: "ITEM_ZERO", clause: "4.1.a", item: "satisfaction" }]);
    expect(verdictOfScores({ itemScores: FULL, total: 69.99 }).reasons).toMatchObject([{ code: "TOTAL_BELOW_THRESHOLD", clause: "4.1.b", total: 69.99, threshold: 70 }]);
    const both = verdictOfScores({ itemScores: { ...FULL, ecr: 0 }, total: 60 });
    expect([both.downgrade, both.reasons.map((reason) => reason.code)]).toEqual([true, ["ITEM_ZERO", "TOTAL_BELOW_THRESHOLD"]]);
    for (const reason of both.reasons) expect(reason).not.toHaveProperty("effectiveFrom");
  });

  it("its scores are checked like buildVerdict's: ecr 15.5 → ITEM_SCORE_ABOVE_MAX at /itemScores/ecr; a missing item → invalid_type", () => {
    expect(issuesOf(() => verdictOfScores({ itemScores: { ...FULL, ecr: 15.5 }, total: 100 }))).toEqual([{ path: ["itemScores", "ecr"], code: "ITEM_SCORE_ABOVE_MAX" }]);
    const { training: _left, ...four } = FULL;
    expect(issuesOf(() => verdictOfScores({ itemScores: four, total: 80 }))).toEqual([{ path: ["itemScores", "training"], code: "invalid_type" }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Merged from test/mutation/4.1-verdict.test.ts: the periods are policy values (docs/policy.md), so a later
// policy may set others; the star returns by itself only when every reason is of the timed kind, and
// then when the last of them has run out.

function periods(itemZero: number, falsified: number): Policy {
  const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { verdict: Record<string, { value: number }> };
  policy.verdict["itemZeroDowngradeQuarters"]!.value = itemZero;
  policy.verdict["falsifiedCustomerInfoCancelQuarters"]!.value = falsified;
  return policy as unknown as Policy;
}

describe("4.1 the verdict: when the star returns", () => {
  it("ITEM_ZERO for 2 quarters and CUSTOMER_INFO_FALSIFIED for 1 (2024-Q3): the star returns when the longer ends, 2025-04-01", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 85, customerInfoFalsified: true }), periods(2, 1));
    expect(verdict.reasons.map((reason) => ["restoresOn" in reason ? reason.restoresOn : null, reason.code])).toEqual([
      ["2025-04-01", "ITEM_ZERO"],
      ["2025-01-01", "CUSTOMER_INFO_FALSIFIED"],
    ]);
    expect(verdict.restoresOn).toBe("2025-04-01");
    expect(verdict.message.en).toBe("Star qualification cancelled from 2024-10-01; the star returns on 2025-04-01");
  });

  it("ITEM_ZERO for 1 quarter and CUSTOMER_INFO_FALSIFIED for 2 (2024-Q3): the star returns when the longer ends, 2025-04-01", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 85, customerInfoFalsified: true }), periods(1, 2));
    expect(verdict.restoresOn).toBe("2025-04-01");
  });

  it("three timed reasons ending 2025-01-01, 2025-07-01, 2025-01-01: returns 2025-07-01", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0, training: 0 }, total: 75, customerInfoFalsified: true }), periods(1, 3));
    expect(verdict.restoresOn).toBe("2025-07-01");
  });
});

describe("4.2.2 major key events in the verdict", () => {
  it("a blacklisting event with a total below 70: blacklist, no return and no reapplication date (七.1 / 四.2.2)", () => {
    const assessment = assessQuarter({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      keyEvents: [{ id: "KE-1", kind: "penalty", points: 40, note: "工程师挂靠", major: "blacklist", date: "2024-09-01" }],
    });
    // 30 + 25 + 10 + 15 + 20 − 40 = 60
    expect(assessment.total).toBe(60);
    expect(assessment.verdict).toMatchObject({ downgrade: true, blacklist: true, effectiveFrom: "2024-09-01", restoresOn: null, reapplyFrom: null });
    expect(assessment.verdict.message.en).toBe("Blacklisted from 2024-09-01; no automatic return, and no date for a new application");
    expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
  });
});

describe("4.1 / 3.2.2 / 4.2.2 the verdict's sentence states each stage from its own date", () => {
  it("a downgrading event on 2024-08-14 and falsified information (2024-Q3): downgraded from 2024-08-14, cancelled from Q+1 2024-10-01, no automatic return (the event has none)", () => {
    const verdict = buildVerdict(facts({ total: 90, customerInfoFalsified: true, keyEvents: [majorEvent("KE-1", "downgrade", "2024-08-14")] }));
    expect(verdict.effectiveFrom).toBe("2024-08-14");
    expect(verdict.message).toEqual({
      zh: "降级,自 2024-08-14 起;取消星级服务资质,自 2024-10-01 起;不自动恢复",
      en: "Downgraded from 2024-08-14; star qualification cancelled from 2024-10-01; no automatic return",
    });
  });

  it("a downgrading event on 2024-08-14, then a blacklisting one on 2024-09-01: both stages, and no date for a new application", () => {
    const verdict = buildVerdict(facts({ total: 80, keyEvents: [majorEvent("KE-2", "blacklist", "2024-09-01"), majorEvent("KE-1", "downgrade", "2024-08-14")] }));
    expect(verdict.message.en).toBe("Downgraded from 2024-08-14; blacklisted from 2024-09-01; no automatic return, and no date for a new application");
    expect(verdict.message.zh).toBe("降级,自 2024-08-14 起;加入黑名单,自 2024-09-01 起;不自动恢复,无可重新申请的日期");
  });

  it("blacklisted on 2024-08-14, a total 60 < 70 and an item at 0 (downgrades from 2024-10-01): the later, milder stages are within the blacklist and not stated", () => {
    const verdict = buildVerdict(facts({ itemScores: { ecr: 0 }, total: 60, keyEvents: [majorEvent("KE-1", "blacklist", "2024-08-14")] }));
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(["ITEM_ZERO", "TOTAL_BELOW_THRESHOLD", "MAJOR_KEY_EVENT"]);
    expect(verdict.message.en).toBe("Blacklisted from 2024-08-14; no automatic return, and no date for a new application");
  });

  it("an item at 0 and falsified information, both from 2024-10-01: the cancellation covers the downgrade of the same day, and the star returns on 2025-01-01", () => {
    const verdict = buildVerdict(facts({ itemScores: { training: 0 }, total: 80, customerInfoFalsified: true }));
    expect(verdict.message.en).toBe("Star qualification cancelled from 2024-10-01; the star returns on 2025-01-01");
  });
});
