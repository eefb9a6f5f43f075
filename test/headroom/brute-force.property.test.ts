import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AssessmentInputError,
  assertPolicy,
  assessQuarter,
  CLOUD_DESKTOP_2024,
  type Policy,
  headroom,
  type Lever,
  type LeverChange,
  type LeverValue,
  outcomeCode,
  parseRate,
  SATISFACTION_OUTCOMES,
  scoreEcr,
  scoreMajorProjects,
  scoreRepOffice,
  scoreSatisfaction,
  scoreTraining,
} from "../../src/index.js";
import { outcomeLabel } from "../../src/rules/satisfaction.js";
import { DEADLINE, quarterArbitrary } from "./quarter-arbitrary.js";

/**
 * SPEC §8, checked by brute force: for generated partner-quarters, every change `headroom` reports is
 * applied to the input and assessed again (`assessQuarter`), and every lever is scanned value by value
 * on its grid with the item's own rule, independently of the search in src/headroom. Nothing here
 * knows where the policy's edges are.
 */

type Quarter = Record<string, unknown>;
const ITEMS = ["majorProjects", "satisfaction", "repOffice", "ecr", "training"] as const;
type Item = (typeof ITEMS)[number];

/** A copy of the input with `value` at a JSON Pointer (written independently of src/headroom/json-pointer.ts). */
function setAt(input: Quarter, path: string, value: unknown): Quarter {
  const copy = structuredClone(input);
  const keys = path.slice(1).split("/");
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return copy;
}

const itemOf = (path: string) => path.split("/")[1] as Item;

/** The item's score by its own rule, as assessQuarter computes it; undefined for a value that makes the input invalid (never a candidate). */
function validScore(input: Quarter, item: Item, policy: Policy): number | undefined {
  try {
    return ruleScore(input, item, policy);
  } catch (error) {
    if (error instanceof AssessmentInputError) return undefined;
    throw error;
  }
}

function ruleScore(input: Quarter, item: Item, policy: Policy): number {
  switch (item) {
    case "majorProjects":
      return scoreMajorProjects((input.majorProjects ?? []) as never, policy).score;
    case "satisfaction":
      return scoreSatisfaction((input.satisfaction ?? []) as never, policy).score;
    case "repOffice":
      return scoreRepOffice(input.repOffice as never, policy).score;
    case "ecr":
      return scoreEcr(input.ecr as never, policy).score;
    case "training":
      return scoreTraining(input.training as never, policy).score;
  }
}

// ---------------------------------------------------------------------------------------------
// The values of a lever as the test walks them: numbers on the lever's grid, outcome labels in the
// policy's order, days.

const DAY = 86_400_000;
function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

const isRate = (lever: Lever) => lever.path === "/ecr/rate";
const rateNumber = (value: LeverValue) => (parseRate(value as number | string) as Decimal).toNumber();

/** A lever's value as a number on its line (an outcome by its index in the policy's order). */
function asNumber(lever: Lever, value: LeverValue): Decimal {
  if (lever.unit === "outcome") return new Decimal(SATISFACTION_OUTCOMES.indexOf(outcomeCode(value as string) as never));
  if (isRate(lever)) return new Decimal(rateNumber(value));
  return new Decimal(value as number);
}

/** A number on a lever's line back in the form the input gave (a label stays a label, a percent string a percent string). */
function asValue(lever: Lever, number: Decimal): LeverValue {
  if (lever.unit === "outcome") {
    const code = SATISFACTION_OUTCOMES[number.toNumber()] as (typeof SATISFACTION_OUTCOMES)[number];
    return lever.value === code || SATISFACTION_OUTCOMES.includes(lever.value as never) ? code : outcomeLabel(code);
  }
  if (isRate(lever) && typeof lever.value === "string") return `${number.times(100).toString()}%`;
  return number.toNumber();
}

/** The valid range of a lever in a quarter (SPEC §7's checks), and how far the scan goes beyond today. */
function rangeOf(lever: Lever, input: Quarter): { min: Decimal; max: Decimal } {
  const at = (path: string) => path.slice(1).split("/").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], input) as number;
  const value = asNumber(lever, lever.value);
  const path = lever.path;
  const far = (steps: number) => value.plus(new Decimal(lever.step).times(steps));
  if (lever.unit === "outcome") return { min: new Decimal(0), max: new Decimal(SATISFACTION_OUTCOMES.length - 1) };
  if (isRate(lever)) return { min: new Decimal(0), max: Decimal.min(1, far(3000)) };
  if (path === "/ecr/simpleCalls") return { min: new Decimal(0), max: "totalCalls" in (input.ecr as object) ? new Decimal(at("/ecr/totalCalls")) : far(60) };
  if (path === "/ecr/totalCalls") return { min: new Decimal(at("/ecr/simpleCalls")), max: far(4000) };
  if (path.endsWith("/completed") || path.endsWith("/attended")) return { min: new Decimal(0), max: new Decimal(at(path.replace(/\/(completed|attended)$/, "/required"))) };
  if (path.endsWith("/required")) {
    const done = path.replace(/required$/, path.includes("online") ? "completed" : "attended");
    return { min: new Decimal(at(done)), max: far(200) };
  }
  if (path.endsWith("/rating")) return { min: new Decimal(0), max: new Decimal(30) };
  return { min: new Decimal(0), max: far(200) }; // rep-office figures
}

interface Seen {
  readonly to: LeverValue;
  readonly score: number;
  readonly units: Decimal;
}

/** The first value of the lever's grid, strictly beyond today's in `direction`, whose item score differs from today's; scanned one unit at a time. */
function scan(lever: Lever, input: Quarter, direction: 1 | -1, current: number, policy: Policy): Seen | null {
  const item = itemOf(lever.path);
  if (lever.unit === "day") {
    // A report not submitted: the latest day whose submission changes the score (reading H3), one unit away.
    const missing = lever.value === null;
    if (missing && direction === 1) return null;
    const from = missing ? shiftDay(DEADLINE, 41) : (lever.value as string);
    for (let days = 1; days <= 80; days += 1) {
      const to = shiftDay(from, direction * days);
      const score = validScore(setAt(input, lever.path, to), item, policy);
      if (score !== undefined && score !== current) return { to, score, units: new Decimal(missing ? 1 : days) };
    }
    return null;
  }
  const step = new Decimal(lever.step);
  const value = asNumber(lever, lever.value);
  const { min, max } = rangeOf(lever, input);
  const units = value.dividedBy(step);
  let index = direction === 1 ? units.floor().plus(1) : units.ceil().minus(1);
  for (;;) {
    const at = index.times(step);
    if (at.lessThan(min) || at.greaterThan(max)) return null;
    const to = asValue(lever, at);
    const score = validScore(setAt(input, lever.path, to), item, policy);
    if (score !== undefined && score !== current) return { to, score, units: at.minus(value).abs().dividedBy(step) };
    index = index.plus(direction);
  }
}

/** The nearer of two (ties to the first). */
function nearer(first: Seen | null, second: Seen | null): Seen | null {
  if (first === null) return second;
  if (second === null) return first;
  return second.units.lessThan(first.units) ? second : first;
}

function expectSame(reported: LeverChange | null, seen: Seen | null, lever: Lever): void {
  if (seen === null) {
    expect(reported, `${lever.path}: nothing changes the score that way`).toBeNull();
    return;
  }
  expect(reported, `${lever.path}: the scan finds ${String(seen.to)}`).not.toBeNull();
  const change = reported as LeverChange;
  const same = lever.unit === "day" ? change.to === seen.to : asNumber(lever, change.to).equals(asNumber(lever, seen.to));
  expect(same, `${lever.path}: ${String(change.to)} vs ${String(seen.to)}`).toBe(true);
  expect(change.scoreAfter).toBe(seen.score);
}

/** One unit from `to` towards today's value, when that lies strictly between the two; else undefined. */
function oneUnitNearer(lever: Lever, to: LeverValue): LeverValue | undefined {
  if (lever.unit === "day") {
    if (lever.value === null) return undefined;
    const back = shiftDay(to as string, (to as string) > (lever.value as string) ? -1 : 1);
    return back === lever.value ? undefined : back;
  }
  const from = asNumber(lever, lever.value);
  const target = asNumber(lever, to);
  const back = target.minus(new Decimal(lever.step).times(target.greaterThan(from) ? 1 : -1));
  const between = target.greaterThan(from) ? back.greaterThan(from) : back.lessThan(from);
  return between ? asValue(lever, back) : undefined;
}

/**
 * The 2024 policy with every reading turned the other way: a seat-weighted mean (R7), a report on the
 * deadline day late (R5), ticket tiers that add (R6), −5 on top of −2 (R2). Headroom must follow the
 * policy object, not the 2024 numbers.
 */
const OTHER_READINGS = assertPolicy({
  ...structuredClone(CLOUD_DESKTOP_2024),
  id: "other-readings",
  majorProjects: {
    ...structuredClone(CLOUD_DESKTOP_2024.majorProjects),
    aggregation: { value: "seat-weighted-mean", clause: "3.2.1", reading: "R7" },
    deadlineDayIsOnTime: { value: false, clause: "3.2.1", reading: "R5" },
  },
  satisfaction: {
    ...structuredClone(CLOUD_DESKTOP_2024.satisfaction),
    unreachableAfterReminder: { ...structuredClone(CLOUD_DESKTOP_2024.satisfaction.unreachableAfterReminder), addsToUnreachable: { value: true, clause: "3.2.2", reading: "R2" } },
  },
  repOffice: {
    ...structuredClone(CLOUD_DESKTOP_2024.repOffice),
    simpleIssueTickets: { ...structuredClone(CLOUD_DESKTOP_2024.repOffice.simpleIssueTickets), combine: { value: "add", clause: "3.2.3", reading: "R6" } },
  },
});

describe.each([
  ["the 2024 policy", CLOUD_DESKTOP_2024, 100, 40],
  ["a policy with the other readings of R2, R5, R6, R7", OTHER_READINGS, 30, 15],
] as const)("§8 headroom, checked by brute force on generated quarters, under %s", (_name, policy, runs, scans) => {
  it("every reported change, applied to the input, is valid and gives the reported score and total; one unit nearer leaves the score as today", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const result = headroom(input, { policy });
        const before = assessQuarter(input, { policy });
        expect(result.total).toBe(before.total);
        for (const item of ITEMS) {
          const { score, levers } = result.items[item];
          expect(score).toBe(before.items[item].score);
          for (const lever of levers) {
            for (const [change, falls] of [
              [lever.down, true],
              [lever.up, false],
            ] as const) {
              if (change === null) continue;
              const after = assessQuarter(setAt(input, lever.path, change.to), { policy });
              expect(after.items[item].score, `${lever.path} = ${String(change.to)}`).toBe(change.scoreAfter);
              expect(after.total, `${lever.path} = ${String(change.to)}`).toBe(change.totalAfter);
              expect(falls ? change.scoreAfter < score : change.scoreAfter > score).toBe(true);
              const back = oneUnitNearer(lever, change.to);
              if (back !== undefined) expect(assessQuarter(setAt(input, lever.path, back), { policy }).items[item].score, `${lever.path} = ${String(back)}`).toBe(score);
            }
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it("down and up are the nearest falls and rises a value-by-value scan of each lever finds (a tie: down to the larger value, up to the smaller)", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const result = headroom(input, { policy });
        for (const item of ITEMS) {
          const { score, levers } = result.items[item];
          for (const lever of levers) {
            const ahead = scan(lever, input, 1, score, policy);
            const back = scan(lever, input, -1, score, policy);
            const falls = (seen: Seen | null) => (seen !== null && seen.score < score ? seen : null);
            const rises = (seen: Seen | null) => (seen !== null && seen.score > score ? seen : null);
            expectSame(lever.down, nearer(falls(ahead), falls(back)), lever);
            expectSame(lever.up, nearer(rises(back), rises(ahead)), lever);
          }
        }
      }),
      { numRuns: scans },
    );
  });

  it("is deterministic and leaves its input untouched", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const copy = structuredClone(input);
        const first = headroom(Object.freeze(input), { policy });
        expect(headroom(input, { policy })).toEqual(first);
        expect(input).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  });
});
