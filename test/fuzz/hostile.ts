import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Helpers of the hostile-input fuzz tests: the valid fixtures to break, a snapshot that tells whether
 * an input was changed, the state of Object.prototype, and an oracle naming what makes an input
 * certainly invalid (so a score for it is a bug, not a judgement call).
 */

export type Path = (string | number)[];
export type Json = Record<string, unknown>;

export const root = join(import.meta.dirname, "..", "..");

/** The valid partner-quarters of fixtures/quarters (not the expectations), by file name. */
export function quarterFixtures(): { name: string; text: string }[] {
  const folder = join(root, "fixtures", "quarters");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
}

/** RFC 6901: "~" → "~0", "/" → "~1", each key after a "/". */
export const pointerOf = (path: readonly (string | number)[]) =>
  path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

const own = (node: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(node, key);

export const isPlainObject = (value: unknown): value is Json => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Every path to a value inside `value` (not the root), through own enumerable keys and array indices. */
export function pathsOf(value: unknown, limit = 10_000): Path[] {
  const found: Path[] = [];
  const walk = (node: unknown, path: Path) => {
    if (found.length >= limit) return;
    if (Array.isArray(node)) {
      for (let index = 0; index < Math.min(node.length, 50); index += 1) {
        found.push([...path, index]);
        walk(node[index], [...path, index]);
      }
    } else if (isPlainObject(node) && path.length < 8) {
      for (const key of Object.keys(node)) {
        found.push([...path, key]);
        walk(node[key], [...path, key]);
      }
    }
  };
  walk(value, []);
  return found;
}

/** The value at `path` through own properties only, or `missing`. */
export function ownAt(rootValue: unknown, path: readonly (string | number)[]): { found: true; value: unknown } | { found: false } {
  let node: unknown = rootValue;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !own(node, key)) return { found: false };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { found: true, value: node };
}

/** Sets an own property (`defineProperty`, so "__proto__" is an own key, not the prototype). */
export function defineOwn(node: object, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Snapshots

const PROTOS = new Map<unknown, string>([
  [Object.prototype, "Object"],
  [Array.prototype, "Array"],
  [null, "null"],
]);

/**
 * A string that changes whenever the value changes: every own key (symbols, "__proto__", array holes
 * and extra properties), the prototype, -0 and NaN, Map and Set entries, dates, typed arrays, boxed values.
 */
export function snapshot(value: unknown): string {
  const parts: string[] = [];
  const ancestors = new Set<object>();
  const walk = (node: unknown): void => {
    switch (typeof node) {
      case "number":
        parts.push(Object.is(node, -0) ? "n:-0" : `n:${node}`);
        return;
      case "string":
        parts.push(`s${node.length}:`, node);
        return;
      case "bigint":
        parts.push(`b:${node}`);
        return;
      case "symbol":
        parts.push(`y:${String(node.description)}`);
        return;
      case "undefined":
      case "boolean":
        parts.push(`${typeof node}:${String(node)}`);
        return;
      case "function":
        parts.push("f");
        return;
    }
    if (node === null) {
      parts.push("null");
      return;
    }
    const object = node as object;
    if (ancestors.has(object)) {
      parts.push("cycle");
      return;
    }
    ancestors.add(object);
    const proto: unknown = Object.getPrototypeOf(object);
    parts.push(`{${PROTOS.get(proto) ?? (proto as { constructor?: { name?: string } })?.constructor?.name ?? "?"}`);
    if (object instanceof Date) parts.push(`d:${object.getTime()}`);
    if (object instanceof Map) for (const [key, entry] of object) (walk(key), walk(entry));
    if (object instanceof Set) for (const entry of object) walk(entry);
    if (ArrayBuffer.isView(object)) parts.push(`buf:${Array.from(new Uint8Array(object.buffer, object.byteOffset, object.byteLength)).join(".")}`);
    if (Array.isArray(object)) parts.push(`len:${object.length}`);
    for (const boxed of [Number, String, Boolean, BigInt, Symbol] as const) {
      if (object instanceof (boxed as unknown as new () => object)) parts.push(`box:${String((object as { valueOf(): unknown }).valueOf())}`);
    }
    const typed = ArrayBuffer.isView(object);
    for (const key of Reflect.ownKeys(object)) {
      if (typed && typeof key === "string" && /^\d+$/.test(key)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
      parts.push(typeof key === "symbol" ? `@${String(key.description)}` : `.${key.length}:${key}`, descriptor.enumerable ? "e" : "h");
      if ("value" in descriptor) walk(descriptor.value);
      else parts.push("accessor");
    }
    parts.push("}");
    ancestors.delete(object);
  };
  walk(value);
  return parts.join("|");
}

/** Object.prototype and Array.prototype: every own key and what it holds (by identity). */
export function prototypeState(): Map<string, unknown> {
  const state = new Map<string, unknown>();
  for (const [name, proto] of [
    ["Object", Object.prototype],
    ["Array", Array.prototype],
    ["Function", Function.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      state.set(`${name}.${String(key)}`, descriptor.value ?? descriptor.get);
    }
  }
  return state;
}

/** What differs between two {@link prototypeState}s, and whether a fresh object sees a polluted key. */
export function prototypeChanges(before: Map<string, unknown>, keys: readonly string[]): string[] {
  const after = prototypeState();
  const changes: string[] = [];
  for (const [key, value] of after) if (!before.has(key) || before.get(key) !== value) changes.push(`${key} added or replaced`);
  for (const key of before.keys()) if (!after.has(key)) changes.push(`${key} removed`);
  const fresh = {} as Record<string, unknown>;
  for (const key of keys) if (fresh[key] !== undefined && !before.has(`Object.${key}`)) changes.push(`({}).${key} is ${String(fresh[key])}`);
  return changes;
}

// ---------------------------------------------------------------------------------------------
// An oracle: inputs that are certainly invalid (docs/input.md), whatever else they hold

const COUNT_KEYS = new Set(["seats", "unlicensedWorkCases", "simpleIssueTickets", "simpleCalls", "totalCalls", "required", "completed", "attended"]);
const AMOUNT_KEYS = new Set(["rating", "points", "deliveryQualityDeduction", "vendorAssistPersonDays", "keyEventDeduction"]);
const DATE_KEYS = new Set(["deadline", "date", "submittedOn"]);
const TEXT_KEYS = new Set(["id", "projectId", "product"]);
const LIST_KEYS = new Set(["majorProjects", "satisfaction", "keyEvents"]);
const OBJECT_KEYS = new Set(["partner", "repOffice", "ecr", "training", "online", "offline", "flags"]);
const OUTCOMES = new Set(["very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied", "unreachable", "unreachable_after_reminder"]);
export const KNOWN_KEYS = new Set([
  ...COUNT_KEYS,
  ...AMOUNT_KEYS,
  ...DATE_KEYS,
  ...TEXT_KEYS,
  ...LIST_KEYS,
  ...OBJECT_KEYS,
  "quarter",
  "name",
  "note",
  "kind",
  "major",
  "outcome",
  "rate",
  "customerInfoFalsified",
]);

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** A real calendar date `YYYY-MM-DD` (written here again, not taken from the library). */
export function realDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** The largest count, deduction, rating or point accepted (docs/interpretations.md: "at most 1,000,000,000"). */
const LARGEST = 1_000_000_000;

/** Why a value under `key` is certainly invalid, or null when it may be valid. */
function badValue(key: string, value: unknown): string | null {
  if (value === undefined) return null; // an absent optional value, or a missing required one: not claimed here
  if (COUNT_KEYS.has(key) && !(typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= LARGEST)) return `${key} is not a whole number 0 … 1e9`;
  if (AMOUNT_KEYS.has(key) && !(typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= LARGEST)) return `${key} is not a finite number 0 … 1e9`;
  if (DATE_KEYS.has(key) && !(typeof value === "string" ? realDate(value) : key === "submittedOn" && value === null)) return `${key} is not a real date`;
  if (TEXT_KEYS.has(key) && !(typeof value === "string" && value.trim().length >= 1 && value.trim().length <= 200)) return `${key} is not a text of 1–200`;
  if (key === "note" && !(typeof value === "string" && value.length <= 2000)) return "note is not a text ≤ 2000";
  if (key === "kind" && !["bonus", "penalty", "加分", "扣分"].includes(value as string)) return "kind is not bonus/penalty (加分/扣分)";
  if (key === "major" && !["downgrade", "blacklist", "降级", "黑名单"].includes(value as string)) return "major is not downgrade/blacklist (降级/黑名单)";
  if (key === "outcome" && !(typeof value === "string" && (OUTCOMES.has(value) || /^[\u4e00-\u9fff]+$/.test(value)))) return "outcome is unknown";
  if (key === "customerInfoFalsified" && typeof value !== "boolean" && value !== "是" && value !== "否") return "customerInfoFalsified is not a boolean (是/否)";
  if (key === "quarter" && !(typeof value === "string" && /^\d{4}-Q[1-4]$/.test(value) && value >= "2024-Q2" && value < "9999")) return "quarter is not a quarter in force";
  if (key === "rate" && !(typeof value === "string" || (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1))) return "rate is not a rate";
  if (LIST_KEYS.has(key) && !Array.isArray(value)) return `${key} is not an array`;
  if (OBJECT_KEYS.has(key) && (typeof value !== "object" || value === null || Array.isArray(value))) return `${key} is not an object`;
  return null;
}

/**
 * Why `input` is certainly invalid (a non-finite number, an unknown key such as "__proto__", a wrong
 * type, an unreal date, a bad quarter …), or null when the oracle cannot tell. Only plain objects and
 * arrays are judged: a Map or a Date where an object belongs is left to the library.
 */
export function certainlyInvalid(input: unknown): string | null {
  if (!isPlainObject(input)) return Array.isArray(input) || typeof input !== "object" || input === null ? "the input is not an object" : null;
  if (!own(input, "partner") || input.partner === undefined) return "partner is missing";
  if (!own(input, "quarter") || input.quarter === undefined) return "quarter is missing";
  let reason: string | null = null;
  const walk = (node: unknown, parentKey: string | null): void => {
    if (reason !== null) return;
    if (typeof node === "number" && !Number.isFinite(node)) reason = `a non-finite number ${node}`;
    else if (Array.isArray(node)) {
      if (parentKey === null || !LIST_KEYS.has(parentKey)) reason = "an array where none belongs";
      for (let index = 0; index < node.length && reason === null; index += 1) {
        const element: unknown = node[index];
        if (!isPlainObject(element)) {
          if (typeof element !== "object" || element === null || Array.isArray(element)) reason = `${parentKey}[${index}] is not an object`;
        } else walk(element, null);
      }
    } else if (isPlainObject(node)) {
      for (const key of Object.keys(node)) {
        if (reason !== null) return;
        const value = node[key];
        if (!KNOWN_KEYS.has(key)) reason = `unknown key ${JSON.stringify(key.slice(0, 40))}`;
        else reason = badValue(key, value) ?? reason;
        if (reason === null) walk(value, key);
      }
    }
  };
  walk(input, null);
  return reason ?? crossFieldProblem(input);
}

/** The first day of a quarter `YYYY-Qn` and the first day of the next (written here again, not taken from the library). */
function quarterDays(quarter: string): [string, string] {
  const [year, q] = quarter.split("-Q").map(Number) as [number, number];
  const first = (index: number) => `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, "0")}-01`;
  return [first(year * 4 + q - 1), first(year * 4 + q)];
}

/**
 * Why a well-typed input is certainly invalid across its fields (3.2.6, docs/interpretations.md): an id twice
 * in its list (compared trimmed), a bonus marked major, an event dated outside the quarter; or null.
 */
function crossFieldProblem(input: Json): string | null {
  const ids = (list: unknown, key: string): string[] =>
    Array.isArray(list) ? list.flatMap((item: unknown) => (isPlainObject(item) && typeof item[key] === "string" ? [(item[key] as string).trim()] : [])) : [];
  for (const [list, key] of [["majorProjects", "id"], ["satisfaction", "projectId"], ["keyEvents", "id"]] as const) {
    const found = ids(input[list], key);
    if (new Set(found).size !== found.length) return `a ${key} twice in ${list}`;
  }
  const events = Array.isArray(input.keyEvents) ? input.keyEvents.filter(isPlainObject) : [];
  if (events.some((event) => event.major !== undefined && (event.kind === "bonus" || event.kind === "加分"))) return "a bonus marked major";
  const quarter = input.quarter;
  if (typeof quarter === "string" && /^\d{4}-Q[1-4]$/.test(quarter)) {
    const [start, next] = quarterDays(quarter);
    if (events.some((event) => typeof event.date === "string" && realDate(event.date) && (event.date < start || event.date >= next))) return "a key event dated outside the quarter";
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Checks of a result

/** What is wrong with an AssessmentInputError's issues (checked in plain code: there can be 10,000). */
export function issueProblems(error: { name: string; message: string; issues: readonly { path: readonly unknown[]; pointer: unknown; code: unknown; message: unknown }[] }, input: unknown): string[] {
  const problems: string[] = [];
  if (error.name !== "AssessmentInputError") problems.push(`name ${error.name}`);
  if (!Array.isArray(error.issues) || error.issues.length === 0) return [...problems, "no issues"];
  for (const issue of error.issues) {
    const at = `issue ${String(issue.pointer).slice(0, 80)} ${String(issue.code)}`;
    if (!Array.isArray(issue.path)) {
      problems.push(`${at}: path is not an array`);
      continue;
    }
    if (!issue.path.every((key: unknown) => typeof key === "string" || (typeof key === "number" && Number.isInteger(key) && key >= 0))) problems.push(`${at}: bad path key in ${JSON.stringify(issue.path)}`);
    else if (issue.pointer !== pointerOf(issue.path as (string | number)[])) problems.push(`${at}: pointer is not the path's JSON Pointer`);
    else if (issue.path.length > 0 && !ownAt(input, issue.path.slice(0, -1) as (string | number)[]).found) problems.push(`${at}: the path's parent is not in the input`);
    if (typeof issue.code !== "string" || issue.code.length === 0) problems.push(`${at}: no code`);
    const message = issue.message as { zh?: unknown; en?: unknown } | undefined;
    if (typeof message?.zh !== "string" || message.zh.trim() === "") problems.push(`${at}: empty zh message`);
    if (typeof message?.en !== "string" || message.en.trim() === "") problems.push(`${at}: empty en message`);
    if (problems.length > 5) break;
  }
  return problems;
}

/** Every number of an output that is not finite, every -0, every value that is not plain JSON. */
export function outputProblems(value: unknown): { notFinite: string[]; negativeZero: string[]; notJson: string[] } {
  const found = { notFinite: [] as string[], negativeZero: [] as string[], notJson: [] as string[] };
  const walk = (node: unknown, path: string) => {
    if (typeof node === "number") {
      if (!Number.isFinite(node)) found.notFinite.push(`${path} = ${node}`);
      else if (Object.is(node, -0)) found.negativeZero.push(path);
    } else if (Array.isArray(node)) node.forEach((element, index) => walk(element, `${path}/${index}`));
    else if (isPlainObject(node)) {
      if (Object.getPrototypeOf(node) !== Object.prototype) found.notJson.push(`${path}: null prototype`);
      for (const [key, entry] of Object.entries(node)) {
        if (entry === undefined) continue; // dropped by JSON.stringify, like an absent key
        walk(entry, `${path}/${key}`);
      }
    } else if (!(node === null || typeof node === "string" || typeof node === "boolean")) found.notJson.push(`${path}: ${typeof node}`);
  };
  walk(value, "");
  return found;
}
