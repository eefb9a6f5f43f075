import { describe, expect, it } from "vitest";
import { CLAUSES, CLOUD_DESKTOP_2024, PolicySchema } from "../../src/index.js";

type Mutable = { [key: string]: Mutable } & Record<string, unknown>;
const copy = (): Mutable => structuredClone(CLOUD_DESKTOP_2024) as unknown as Mutable;
const issuesOf = (policy: unknown) => {
  const result = PolicySchema.safeParse(policy);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

/** Every `{ value, clause }` of the policy, with its path. */
function params(node: unknown, path: string[] = []): { path: string; clause: string }[] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  if ("value" in record && "clause" in record) return [{ path: path.join("."), clause: String(record.clause) }];
  return Object.entries(record).flatMap(([key, value]) => params(value, [...path, key]));
}

describe("8.effective the 2024 policy object", () => {
  it("passes its own schema", () => {
    expect(issuesOf(CLOUD_DESKTOP_2024)).toEqual([]);
  });

  it("is deep-frozen", () => {
    expect(Object.isFrozen(CLOUD_DESKTOP_2024)).toBe(true);
    expect(Object.isFrozen(CLOUD_DESKTOP_2024.ecr.bands.bands[0])).toBe(true);
    expect(Object.isFrozen(CLOUD_DESKTOP_2024.majorProjects.definition.products.value)).toBe(true);
  });

  it("is in force from 2024-04-01 (八: 本规定自2024年4月1日起生效)", () => {
    expect(CLOUD_DESKTOP_2024.effectiveFrom).toEqual({ value: "2024-04-01", clause: "8.effective" });
  });

  it("names a known clause for every value", () => {
    const found = params(CLOUD_DESKTOP_2024);
    expect(found.length).toBeGreaterThanOrEqual(30);
    for (const { clause } of found) expect(Object.keys(CLAUSES)).toContain(clause);
  });

  it("3.1 item maxima are 30 + 25 + 10 + 15 + 20 = 100", () => {
    const p = CLOUD_DESKTOP_2024;
    expect([p.majorProjects.max.value, p.satisfaction.max.value, p.repOffice.max.value, p.ecr.max.value, p.training.max.value]).toEqual([30, 25, 10, 15, 20]);
  });

  it("3.2.4 ECR bands read ≤8% 15, ≤10% 12, ≤12% 9, ≤14% 6, ≤16% 3, >16% 0", () => {
    expect(CLOUD_DESKTOP_2024.ecr.bands.bands.map((band) => [band.to?.at ?? null, band.to?.inclusive ?? null, band.points])).toEqual([
      ["0.08", true, 15],
      ["0.10", true, 12],
      ["0.12", true, 9],
      ["0.14", true, 6],
      ["0.16", true, 3],
      [null, null, 0],
    ]);
  });

  it("4.1.b the pass threshold is 70 (一: 季度考核 ≥70分)", () => {
    expect(CLOUD_DESKTOP_2024.verdict.passThreshold.value).toBe(70);
  });
});

describe("6 the policy schema", () => {
  it("rejects a band table with a gap (≤ 8 % then > 9 %)", () => {
    const policy = copy();
    const bands = (policy.ecr as Mutable).bands as unknown as { bands: { from: { at: string } }[] };
    bands.bands[1]!.from.at = "0.09";
    expect(issuesOf(policy)).toEqual([
      { path: "ecr.bands.bands.1.from", message: "a gap or overlap: this band starts at 0.09, the band before ends at 0.08" },
    ]);
  });

  it("rejects an edge in both bands (≤ 8 % then ≥ 8 %)", () => {
    const policy = copy();
    const bands = (policy.ecr as Mutable).bands as unknown as { bands: { from: { inclusive: boolean } }[] };
    bands.bands[1]!.from.inclusive = true;
    expect(issuesOf(policy)).toEqual([{ path: "ecr.bands.bands.1.from", message: "edge 0.08 is in both bands (overlap)" }]);
  });

  it("rejects an edge in neither band (< 80 % then > 80 %)", () => {
    const policy = copy();
    const bands = ((policy.training as Mutable).online as Mutable).bands as unknown as { bands: { from: { inclusive: boolean } }[] };
    bands.bands[1]!.from.inclusive = false;
    expect(issuesOf(policy)).toEqual([{ path: "training.online.bands.bands.1.from", message: "edge 0.8 is in neither band (gap)" }]);
  });

  it("rejects a table that does not start at 0, a bounded last band, an unbounded middle band and an empty band", () => {
    const policy = copy();
    const table = ((policy.training as Mutable).offline as Mutable).bands as unknown as {
      bands: { from: { at: string; inclusive: boolean }; to: { at: string; inclusive: boolean } | null; points: number }[];
    };
    table.bands[0]!.from = { at: "0.1", inclusive: true };
    table.bands[3]!.to = { at: "2", inclusive: true };
    expect(issuesOf(policy).map((issue) => issue.message)).toEqual(["the first band must start at 0 inclusive", "the last band must be unbounded (to: null)"]);

    const other = copy();
    const ecr = (other.ecr as Mutable).bands as unknown as typeof table;
    ecr.bands[2]!.to = null;
    ecr.bands[0]!.to = { at: "0", inclusive: false };
    expect(issuesOf(other).map((issue) => issue.message)).toContain("only the last band may be unbounded");
    expect(issuesOf(other).map((issue) => issue.message)).toContain("the band is empty");
  });

  it("rejects points above an item's max, training parts that do not add up, and repeated labels or tiers", () => {
    const policy = copy();
    ((policy.ecr as Mutable).scoreWithoutCalls as Mutable).value = 16 as never;
    (((policy.training as Mutable).online as Mutable).max as Mutable).value = 9 as never;
    (((policy.satisfaction as Mutable).outcomes as Mutable).satisfied as Mutable).label = "非常满意" as never;
    const tiers = (((policy.repOffice as Mutable).simpleIssueTickets as Mutable).tiers as unknown as { value: { atLeast: number }[] }).value;
    tiers[1]!.atLeast = 10;
    expect(issuesOf(policy).map((issue) => issue.path)).toEqual(
      expect.arrayContaining(["ecr.scoreWithoutCalls", "training.max", "satisfaction", "repOffice.simpleIssueTickets.tiers", "training.online.bands.bands.2.points"]),
    );
  });

  it("rejects an unknown clause ID and a float band edge", () => {
    const policy = copy();
    ((policy.ecr as Mutable).max as Mutable).clause = "3.9" as never;
    const bands = (policy.ecr as Mutable).bands as unknown as { bands: { to: { at: unknown } }[] };
    bands.bands[0]!.to.at = 0.08;
    expect(issuesOf(policy).map((issue) => issue.path)).toEqual(["ecr.max.clause", "ecr.bands.bands.0.to.at"]);
  });
});
