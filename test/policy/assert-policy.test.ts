import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertPolicy, assessQuarter, CLOUD_DESKTOP_2024, type Policy, PolicyError, scoreEcr, scoreSatisfaction } from "../../src/index.js";
import { policyWith, type WritablePolicy, writablePolicy } from "../support/policies.js";

/**
 * A policy object is validated by a zod schema and frozen (docs/policy.md). `assertPolicy` freezes
 * what it accepts (or a frozen copy), so a policy changed in place cannot leave a stale cache. The
 * caller's object is never changed; a problem of the policy is a programming error (PolicyError),
 * listing every problem with its path.
 */

/** The paths of every object or array inside `value` that is not frozen. */
function unfrozen(value: unknown, path = "policy"): string[] {
  if (value === null || typeof value !== "object") return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, nested]) => unfrozen(nested, `${path}.${key}`))];
}

/** Freezes a value all the way down, as a caller may do with its own policy. */
function freezeAll<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const nested of Object.values(value)) freezeAll(nested);
    Object.freeze(value);
  }
  return value;
}

/** The PolicyError `run` throws. */
function policyErrorOf(run: () => unknown): PolicyError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(PolicyError);
  return thrown as PolicyError;
}

// 9 simple calls of 100: 9 %, in "8%<ECR≤10%", 12 points under the 2024 policy.
const NINE_PERCENT = { simpleCalls: 9, totalCalls: 100 };

describe("6 assertPolicy returns a deep-frozen policy, never changing the caller's object", () => {
  it("the shipped CLOUD_DESKTOP_2024 is returned itself (it is deep-frozen already)", () => {
    expect(assertPolicy(CLOUD_DESKTOP_2024)).toBe(CLOUD_DESKTOP_2024);
    expect(assertPolicy(assertPolicy(CLOUD_DESKTOP_2024))).toBe(CLOUD_DESKTOP_2024);
  });

  it("an unfrozen valid policy gets a frozen copy, equal to it; the caller's object stays unfrozen and unchanged", () => {
    const mine = writablePolicy();
    const before = structuredClone(mine);
    const checked = assertPolicy(mine);
    expect(checked).not.toBe(mine);
    expect(checked).toEqual(mine);
    expect(unfrozen(checked)).toEqual([]);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.ecr.bands.bands[1])).toBe(false);
    expect(mine).toEqual(before);
    // The copy is checked once: handing it back costs a lookup and returns it as it is.
    expect(assertPolicy(checked)).toBe(checked);
  });

  it("a policy frozen only at the top is copied too (its insides could still change); one deep-frozen by its author is returned itself", () => {
    const shallow = Object.freeze(writablePolicy());
    const copy = assertPolicy(shallow as unknown as Policy);
    expect(copy).not.toBe(shallow);
    expect(unfrozen(copy)).toEqual([]);
    const deep = freezeAll(writablePolicy());
    expect(assertPolicy(deep as unknown as Policy)).toBe(deep);
  });

  it("a policy changed after assertPolicy (on the caller's unfrozen object) leaves the frozen copy's results as they were: 9 % stays 12", () => {
    const mine: WritablePolicy = writablePolicy();
    const checked = assertPolicy(mine);
    expect(scoreEcr(NINE_PERCENT, checked).score).toBe(12);
    mine.ecr.bands.bands[1]!.points = 0; // the caller now gives "8%<ECR≤10%" 0 points
    expect(checked.ecr.bands.bands[1]!.points).toBe(12);
    expect(scoreEcr(NINE_PERCENT, checked).score).toBe(12);
    expect(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: NINE_PERCENT }, { policy: checked }).items.ecr.score).toBe(12);
    // The changed object itself is read afresh wherever it is passed: no stale schema or table.
    expect(scoreEcr(NINE_PERCENT, mine as unknown as Policy).score).toBe(0);
    expect(assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: NINE_PERCENT }, { policy: mine as unknown as Policy }).items.ecr.score).toBe(0);
  });

  it("the same unfrozen object changed between two calls is checked again each time: 满意 15, then 20 after the change", () => {
    const mine = writablePolicy();
    const survey = [{ projectId: "MP-1", outcome: "满意" }];
    expect(scoreSatisfaction(survey, mine as unknown as Policy).score).toBe(15);
    mine.satisfaction.outcomes.satisfied.points.value = 20;
    expect(scoreSatisfaction(survey, mine as unknown as Policy).score).toBe(20);
    // …and a change that breaks it is caught on the next call.
    mine.satisfaction.outcomes.satisfied.points.value = 26; // above the item's 25
    expect(() => scoreSatisfaction(survey, mine as unknown as Policy)).toThrow(PolicyError);
  });
});

describe("6 PolicyError lists every problem of a policy, each with its path", () => {
  it("an invalid policy throws PolicyError, named so, listing every problem on a line of its own with its path and what was received", () => {
    const policy = writablePolicy() as unknown as { ecr: { max: { value: unknown } }; training: { online: { max: { value: unknown } } } };
    policy.ecr.max.value = "15";
    policy.training.online.max.value = -1;
    const error = policyErrorOf(() => assertPolicy(policy));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PolicyError");
    // The online max of −1 is itself a problem, and so are its consequences: −1 + 10 ≠ 20, and the
    // online bands' 0, 5 and 10 points are all above −1.
    expect(error.issues).toEqual([
      { path: ["ecr", "max", "value"], message: "Invalid input: expected number, received string" },
      { path: ["training", "online", "max", "value"], message: "Too small: expected number to be >=0" },
      { path: ["training", "max"], message: "training max must be online max + offline max" },
      { path: ["training", "online", "bands", "bands", 0, "points"], message: "0 is above the item's max -1" },
      { path: ["training", "online", "bands", "bands", 1, "points"], message: "5 is above the item's max -1" },
      { path: ["training", "online", "bands", "bands", 2, "points"], message: "10 is above the item's max -1" },
    ]);
    expect(error.message.split("\n").slice(0, 4)).toEqual([
      "Invalid policy object:",
      "- /ecr/max/value: Invalid input: expected number, received string",
      "- /training/online/max/value: Too small: expected number to be >=0",
      "- /training/max: training max must be online max + offline max",
    ]);
    expect(error.message.split("\n")).toHaveLength(1 + 6);
  });

  it("problems in four sections at once are all listed, none dropped: an unknown clause, a gap, points above the max, a repeated tier", () => {
    const policy = policyWith((p) => {
      (p.majorProjects.max as { clause: string }).clause = "3.9";
      p.ecr.bands.bands[1]!.from.at = "0.09";
      p.satisfaction.scoreWithoutSurveys.value = 26;
      p.repOffice.simpleIssueTickets.tiers.value[1]!.atLeast = 10;
    });
    const error = policyErrorOf(() => assertPolicy(policy));
    // In the policy's order: 三.2.1, 三.2.2, 三.2.3, 三.2.4.
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "majorProjects.max.clause",
      "satisfaction.scoreWithoutSurveys",
      "repOffice.simpleIssueTickets.tiers",
      "ecr.bands.bands.1.from",
    ]);
    for (const issue of error.issues) expect(Object.keys(issue).sort()).toEqual(["message", "path"]);
    expect(error.message.split("\n")).toHaveLength(1 + 4);
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["an empty object", {}],
  ])("%s is no policy: PolicyError, not a TypeError", (_what, policy) => {
    const error = policyErrorOf(() => assertPolicy(policy));
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it("a deep-frozen policy is still checked: frozen but invalid throws, and throws again (nothing invalid is remembered)", () => {
    const broken = freezeAll(policyWith((p) => (p.training.max.value = 21)));
    expect(policyErrorOf(() => assertPolicy(broken)).issues).toEqual([{ path: ["training", "max"], message: "training max must be online max + offline max" }]);
    expect(() => assertPolicy(broken)).toThrow(PolicyError);
  });

  it("every entry point checks the policy it is given: a rule and the composer throw PolicyError for an ECR edge written \"8%\"", () => {
    const policy = policyWith((p) => (p.ecr.bands.bands[0]!.to!.at = "8%"));
    const fromRule = policyErrorOf(() => scoreEcr(NINE_PERCENT, policy));
    expect(fromRule.issues).toEqual([{ path: ["ecr", "bands", "bands", "0", "to", "at"].map((key) => (/^\d+$/.test(key) ? Number(key) : key)), message: 'an exact decimal such as "0.08"' }]);
    expect(() => assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }, { policy })).toThrow(PolicyError);
  });

  it("property: a policy broken in one place (a value replaced, a key removed) throws PolicyError with at least one problem, never anything else", () => {
    type Path = (string | number)[];
    const pathsIn = (value: unknown, path: Path = []): Path[] =>
      typeof value === "object" && value !== null ? Object.entries(value).flatMap(([key, nested]) => [[...path, Array.isArray(value) ? Number(key) : key], ...pathsIn(nested, [...path, Array.isArray(value) ? Number(key) : key])]) : [];
    const all = pathsIn(CLOUD_DESKTOP_2024);
    const odd = fc.constantFrom<unknown>(null, undefined, -1, 1e308, Number.NaN, "", "0.08", "x", true, {}, [], [null]);
    fc.assert(
      fc.property(fc.nat(all.length - 1), odd, fc.boolean(), (index, value, remove) => {
        const policy = writablePolicy() as unknown as Record<string | number, unknown>;
        const path = all[index] as Path;
        const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, policy);
        const key = path.at(-1) as string | number;
        if (remove && !Array.isArray(parent)) delete parent[key];
        else parent[key] = value;
        let thrown: unknown;
        try {
          assertPolicy(policy);
        } catch (error) {
          thrown = error;
        }
        // A few replacements leave a valid policy (a band's `inclusive` flipped to true where it already was …).
        if (thrown !== undefined) {
          expect(thrown).toBeInstanceOf(PolicyError);
          expect((thrown as PolicyError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
