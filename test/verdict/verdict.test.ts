import { describe, expect, it } from "vitest";
import { buildVerdict, CLOUD_DESKTOP_2024, type ItemKey, type KeyEvent, type Policy, type QuarterId } from "../../src/index.js";

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
    it("downgrade event dated 2024-08-15: reason carries eventId, severity, date, effectiveFrom = event date; no automatic return", () => {
      const verdict = buildVerdict(facts({ total: 90, keyEvents: [majorEvent("KE-7", "downgrade", "2024-08-15")] }));
      expect(verdict).toMatchObject({ downgrade: true, blacklist: false, effectiveFrom: "2024-10-01", restoresOn: null, reapplyFrom: null });
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
