import { describe, expect, it } from "vitest";

/**
 * The policy as data (docs/policy.md): `CLOUD_DESKTOP_2024` holds every number of the policy, each with
 * its clause ID; it is validated by a zod schema and frozen, and importing the package starts nothing. The
 * package is imported inside the tests (not at the top of the file) so that a policy object, schema
 * or freeze that breaks at load time fails a test here instead of failing to load the file, which
 * vitest (and so Stryker) does not count as a failed test.
 */
const load = () => import("../../src/index.js");

/** Every `{ value, clause }` of the policy, with its path. */
function params(node: unknown, path: string[] = []): { path: string; clause: string }[] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  if ("value" in record && "clause" in record) return [{ path: path.join("."), clause: String(record["clause"]) }];
  return Object.entries(record).flatMap(([key, value]) => params(value, [...path, key]));
}

/** The paths of every object or array inside `value` that is not frozen. */
function unfrozen(value: unknown, path = "CLOUD_DESKTOP_2024"): string[] {
  if (value === null || typeof value !== "object") return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, nested]) => unfrozen(nested, `${path}.${key}`))];
}

describe("8.effective the 2024 policy object as the package exports it", () => {
  it("the package loads, and the policy it exports passes PolicySchema and assertPolicy (which returns it as it is)", async () => {
    const { CLOUD_DESKTOP_2024, PolicySchema, assertPolicy } = await load();
    expect(PolicySchema.safeParse(CLOUD_DESKTOP_2024).success).toBe(true);
    expect(assertPolicy(CLOUD_DESKTOP_2024)).toBe(CLOUD_DESKTOP_2024);
  });

  it("it is frozen all the way down: no object or array inside it can be changed", async () => {
    const { CLOUD_DESKTOP_2024 } = await load();
    expect(unfrozen(CLOUD_DESKTOP_2024)).toEqual([]);
    expect(Object.isFrozen(CLOUD_DESKTOP_2024.majorProjects.definition.products.value)).toBe(true);
    expect(() => {
      (CLOUD_DESKTOP_2024.satisfaction.outcomes.satisfied.points as { value: number }).value = 25;
    }).toThrow(TypeError);
    expect(CLOUD_DESKTOP_2024.satisfaction.outcomes.satisfied.points.value).toBe(15);
  });

  it("is in force from 2024-04-01 (八: 本规定自2024年4月1日起生效)", async () => {
    const { CLOUD_DESKTOP_2024 } = await load();
    expect(CLOUD_DESKTOP_2024.effectiveFrom).toEqual({ value: "2024-04-01", clause: "8.effective" });
  });

  it("it names a known clause of src/policy/clauses.ts for each of its values", async () => {
    const { CLAUSES, CLOUD_DESKTOP_2024 } = await load();
    const found = params(CLOUD_DESKTOP_2024);
    expect(found.length).toBeGreaterThanOrEqual(30);
    for (const { clause } of found) expect(Object.keys(CLAUSES)).toContain(clause);
  });

  it("3.1 item maxima are 30 + 25 + 10 + 15 + 20 = 100; R4 rounds to 2 decimals, half up", async () => {
    const { CLOUD_DESKTOP_2024: p } = await load();
    expect([p.majorProjects.max.value, p.satisfaction.max.value, p.repOffice.max.value, p.ecr.max.value, p.training.max.value]).toEqual([30, 25, 10, 15, 20]);
    expect([p.rounding.decimals.value, p.rounding.mode.value]).toEqual([2, "half-up"]);
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

  it("3.2.3 无证上岗 0.5 per case, 原厂求助 0.5 per person-day, tickets ≥ 10 → 3, ≥ 5 → 1, the highest tier only (R6)", async () => {
    const { CLOUD_DESKTOP_2024: p } = await load();
    expect([p.repOffice.unlicensedWorkPerCase.value, p.repOffice.vendorAssistPerPersonDay.value]).toEqual([0.5, 0.5]);
    expect(p.repOffice.simpleIssueTickets.tiers.value).toEqual([
      { atLeast: 10, deduction: 3 },
      { atLeast: 5, deduction: 1 },
    ]);
    expect(p.repOffice.simpleIssueTickets.combine).toEqual({ value: "highest", clause: "3.2.3", reading: "R6" });
  });

  it("3.2.4 ECR bands read ≤8% 15, ≤10% 12, ≤12% 9, ≤14% 6, ≤16% 3, >16% 0; at most 5 simple calls score full", async () => {
    const { CLOUD_DESKTOP_2024 } = await load();
    expect(CLOUD_DESKTOP_2024.ecr.bands.bands.map((band) => [band.to?.at ?? null, band.to?.inclusive ?? null, band.points])).toEqual([
      ["0.08", true, 15],
      ["0.10", true, 12],
      ["0.12", true, 9],
      ["0.14", true, 6],
      ["0.16", true, 3],
      [null, null, 0],
    ]);
    expect(CLOUD_DESKTOP_2024.ecr.fullScoreAtMostSimpleCalls.value).toBe(5);
  });

  it("4.1.b the pass threshold is 70 (一: 季度考核 ≥70分)", async () => {
    const { CLOUD_DESKTOP_2024 } = await load();
    expect(CLOUD_DESKTOP_2024.verdict.passThreshold.value).toBe(70);
  });
});
