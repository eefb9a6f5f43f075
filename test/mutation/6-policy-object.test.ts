import { describe, expect, it } from "vitest";

/**
 * SPEC §6 "The policy as data": `CLOUD_DESKTOP_2024` "is validated by a zod schema, frozen", and SPEC §1
 * "importing it starts nothing". The package is imported inside the tests (not at the top of the file)
 * so that a policy object, schema or freeze that breaks at load time fails a test here instead of
 * failing to load the file, which vitest (and so Stryker) does not count as a failed test.
 */
const load = () => import("../../src/index.js");

function frozenThroughout(value: unknown, path = "CLOUD_DESKTOP_2024"): string[] {
  if (value === null || typeof value !== "object") return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, nested]) => frozenThroughout(nested, `${path}.${key}`))];
}

describe("6 CLOUD_DESKTOP_2024 as the package exports it", () => {
  it("§1/§6 the package loads, and the policy it exports passes PolicySchema and assertPolicy", async () => {
    const { CLOUD_DESKTOP_2024, PolicySchema, assertPolicy } = await load();
    expect(PolicySchema.safeParse(CLOUD_DESKTOP_2024).success).toBe(true);
    expect(assertPolicy(CLOUD_DESKTOP_2024)).toBe(CLOUD_DESKTOP_2024);
  });

  it("§6 is frozen all the way down: no object or array inside it can be changed", async () => {
    const { CLOUD_DESKTOP_2024 } = await load();
    expect(frozenThroughout(CLOUD_DESKTOP_2024)).toEqual([]);
    expect(() => {
      (CLOUD_DESKTOP_2024.satisfaction.outcomes.satisfied.points as { value: number }).value = 25;
    }).toThrow(TypeError);
  });

  it("3.2.2 holds the five answers with their points and the two failed-survey deductions (非常满意 25 … 非常不满意 0; 回访不通 −2; 再回访不通 −5)", async () => {
    const { CLOUD_DESKTOP_2024 } = await load();
    const { outcomes, unreachable, unreachableAfterReminder } = CLOUD_DESKTOP_2024.satisfaction;
    expect(Object.entries(outcomes).map(([code, o]) => [code, o.label, o.points.value])).toEqual([
      ["very_satisfied", "非常满意", 25],
      ["satisfied", "满意", 15],
      ["neutral", "一般", 10],
      ["dissatisfied", "不满意", 5],
      ["very_dissatisfied", "非常不满意", 0],
    ]);
    expect([unreachable.label, unreachable.deduction.value, unreachableAfterReminder.label, unreachableAfterReminder.deduction.value]).toEqual(["回访不通", 2, "提醒后回访不通", 5]);
  });

  it("3.2.2 every outcome label scores through the input schema: 回访不通 and 提醒后回访不通 are accepted as labels", async () => {
    const { assessQuarter } = await load();
    const result = assessQuarter({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      satisfaction: [
        { projectId: "MP-1", outcome: "满意" },
        { projectId: "MP-2", outcome: "回访不通" },
        { projectId: "MP-3", outcome: "提醒后回访不通" },
      ],
    });
    // 15 / 1 completed survey − 2 (回访不通) − 5 (再回访不通) = 8
    expect(result.items.satisfaction.score).toBe(8);
  });
});
