import { describe, expect, it } from "vitest";
import { AssessmentSchema, assessQuarter, buildVerdict, CLOUD_DESKTOP_2024, type ItemKey, type KeyEvent, type Policy, type QuarterId } from "../../src/index.js";

/**
 * 四.1.a "有任何一项为0,对渠道进行降级处理,降级周期为一个季度"; 四.1.b "若合作伙伴星级季度考核<70分,对渠道进行降级处理,一个季度后,
 * 可重新提交认证申请"; 三.2.2 "如H3C发现渠道反馈的客户信息造假,将直接取消星级服务资质一个季度"; 四.2.2 重要关键事件 → 降级 or 黑名单.
 * SPEC §4: the star returns by itself only when every reason is of the timed kind, and then when the
 * last of them has run out. The periods are policy values (SPEC §6), so a later policy may set others.
 */
const FULL: Record<ItemKey, number> = { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 };
const facts = (over: { itemScores?: Partial<Record<ItemKey, number>>; total?: number; customerInfoFalsified?: boolean; keyEvents?: KeyEvent[] } = {}) => ({
  quarter: "2024-Q3" as QuarterId,
  itemScores: { ...FULL, ...over.itemScores },
  total: over.total ?? 100,
  customerInfoFalsified: over.customerInfoFalsified ?? false,
  keyEvents: over.keyEvents ?? [],
});

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
  it("a major key event without its date (which input validation refuses) gives no MAJOR_KEY_EVENT reason: the reason must carry the date", () => {
    const undated: KeyEvent = { id: "KE-9", kind: "penalty", points: 10, note: "窜货骗保", major: "blacklist" };
    const verdict = buildVerdict(facts({ keyEvents: [undated] }));
    expect(verdict).toEqual({ downgrade: false, blacklist: false, reasons: [], effectiveFrom: "2024-10-01", restoresOn: null, reapplyFrom: null });
  });

  it("a blacklisting event with a total below 70: blacklist, no return and no reapplication date (七.1 / 四.2.2)", () => {
    const assessment = assessQuarter({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      keyEvents: [{ id: "KE-1", kind: "penalty", points: 40, note: "工程师挂靠", major: "blacklist", date: "2024-09-01" }],
    });
    expect(assessment.total).toBe(60);
    expect(assessment.verdict).toMatchObject({ downgrade: true, blacklist: true, restoresOn: null, reapplyFrom: null });
    expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
  });
});
