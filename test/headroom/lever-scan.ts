import { Decimal } from "decimal.js";
import {
  AssessmentInputError,
  CLOUD_DESKTOP_2024,
  type Lever,
  type LeverValue,
  OUTCOME_CODES,
  outcomeLabel,
  parseRate,
  type Policy,
  scoreEcr,
  scoreMajorProjects,
  scoreRepOffice,
  scoreSatisfaction,
  scoreTraining,
} from "../../src/index.js";
import { DEADLINE } from "./quarter-arbitrary.js";

/**
 * Walking a lever value by value, independently of src/headroom: the brute force the headroom tests
 * check each answer against. It knows the input's validity rules (docs/input.md), not the policy's edges:
 * every value is scored by the item's own rule.
 */

export type Quarter = Record<string, unknown>;
export const ITEMS = ["majorProjects", "satisfaction", "repOffice", "ecr", "training"] as const;
export type Item = (typeof ITEMS)[number];

/** A copy of the input with `value` at a JSON Pointer (written independently of src/headroom/json-pointer.ts). */
export function setAt(input: Quarter, path: string, value: unknown): Quarter {
  const copy = structuredClone(input);
  const keys = path.slice(1).split("/");
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return copy;
}

export const itemOf = (path: string) => path.split("/")[1] as Item;

/** The item's score by its own rule, as assessQuarter computes it; undefined for a value that makes the input invalid (never a candidate). */
export function validScore(input: Quarter, item: Item, policy: Policy): number | undefined {
  try {
    return ruleScore(input, item, policy);
  } catch (error) {
    if (error instanceof AssessmentInputError) return undefined;
    throw error;
  }
}

export function ruleScore(input: Quarter, item: Item, policy: Policy): number {
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
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

const isRate = (lever: Lever) => lever.path === "/ecr/rate";
// The outcome labels are the 2024 policy's, as in every policy these tests use.
const label = (code: (typeof OUTCOME_CODES)[number]) => outcomeLabel(code, CLOUD_DESKTOP_2024);
const outcomeIndex = (value: LeverValue) => OUTCOME_CODES.findIndex((code) => code === value || label(code) === value);

/** A lever's value as a number on its line (an outcome by its index in the policy's order). */
export function asNumber(lever: Lever, value: LeverValue): Decimal {
  if (lever.unit === "outcome") return new Decimal(outcomeIndex(value));
  if (isRate(lever)) return new Decimal(parseRate(value) as string);
  return new Decimal(value as number);
}

/** A number on a lever's line back in the form the input gave (a label stays a label, a percent string a percent string). */
export function asValue(lever: Lever, number: Decimal): LeverValue {
  if (lever.unit === "outcome") {
    const code = OUTCOME_CODES[number.toNumber()] as (typeof OUTCOME_CODES)[number];
    return lever.value === code || OUTCOME_CODES.includes(lever.value as never) ? code : label(code);
  }
  if (isRate(lever) && typeof lever.value === "string") return `${number.times(100).toString()}%`;
  return number.toNumber();
}

/** The valid range of a lever in a quarter (docs/input.md), and how far the scan goes beyond today. */
export function rangeOf(lever: Lever, input: Quarter): { min: Decimal; max: Decimal } {
  const at = (path: string) => path.slice(1).split("/").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], input) as number;
  const value = asNumber(lever, lever.value);
  const path = lever.path;
  const far = (steps: number) => value.plus(new Decimal(lever.step).times(steps));
  if (lever.unit === "outcome") return { min: new Decimal(0), max: new Decimal(OUTCOME_CODES.length - 1) };
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

export interface Seen {
  readonly to: LeverValue;
  readonly score: number;
  readonly units: Decimal;
}

/**
 * The first value of the lever's grid, strictly beyond today's in `direction`, that is a valid input
 * and whose item score `accept`s (by default: differs from today's); scanned one unit at a time.
 */
export function scan(lever: Lever, input: Quarter, direction: 1 | -1, current: number, policy: Policy, accept: (score: number) => boolean = (score) => score !== current): Seen | null {
  const item = itemOf(lever.path);
  if (lever.unit === "day") {
    // A report not submitted: the latest day whose submission changes the score (reading H3), one unit away.
    const missing = lever.value === null;
    if (missing && direction === 1) return null;
    const from = missing ? shiftDay(DEADLINE, 41) : (lever.value as string);
    for (let days = 1; days <= 80; days += 1) {
      const to = shiftDay(from, direction * days);
      const score = validScore(setAt(input, lever.path, to), item, policy);
      if (score !== undefined && accept(score)) return { to, score, units: new Decimal(missing ? 1 : days) };
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
    if (score !== undefined && accept(score)) return { to, score, units: at.minus(value).abs().dividedBy(step) };
    index = index.plus(direction);
  }
}

/** The nearer of two (ties to the first). */
export function nearer(first: Seen | null, second: Seen | null): Seen | null {
  if (first === null) return second;
  if (second === null) return first;
  return second.units.lessThan(first.units) ? second : first;
}

/** One unit from `to` towards today's value, when that lies strictly between the two; else undefined. */
export function oneUnitNearer(lever: Lever, to: LeverValue): LeverValue | undefined {
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

