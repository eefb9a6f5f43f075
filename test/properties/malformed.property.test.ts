import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AssessmentInputError, assessQuarter, safeAssessQuarter } from "../../src/index.js";
import { addDays, daysIn, OUTCOME_WORDS, pad, quarterEndByHand, quarterStartByHand, validQuarter as validQuarters } from "../support/quarters.js";

/**
 * Bad input never yields a score (docs/input.md): random malformed input, and valid partner-quarters with
 * exactly one thing broken, make assessQuarter throw AssessmentInputError (never another exception)
 * whose every issue has a path and its JSON Pointer, a code, and a message in zh and en;
 * safeAssessQuarter returns { success: false } for the same input.
 */

const RUNS = { numRuns: 200 };

type Path = (string | number)[];
type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Checks

/** RFC 6901: "~" → "~0", "/" → "~1", each key after a "/". */
const pointerOf = (path: readonly (string | number)[]) =>
  path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

const CJK = /[\u3400-\u9fff]/;

/** Runs assessQuarter and safeAssessQuarter on `input`; both must reject it, with well-formed issues. */
function rejected(input: unknown): AssessmentInputError {
  let thrown: unknown;
  try {
    assessQuarter(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "assessQuarter must throw").toBeDefined();
  expect(thrown).toBeInstanceOf(AssessmentInputError);
  const error = thrown as AssessmentInputError;
  expectWellFormed(error);

  const safe = safeAssessQuarter(input);
  expect(safe.success).toBe(false);
  if (!safe.success) {
    expect(safe.error).toBeInstanceOf(AssessmentInputError);
    expect(JSON.stringify(safe.error.issues)).toBe(JSON.stringify(error.issues));
  }
  return error;
}

/** What is wrong with an error's issues (checked in plain code: inputs can carry dozens of issues). */
function issueProblems(error: AssessmentInputError): string[] {
  const problems: string[] = [];
  if (error.name !== "AssessmentInputError") problems.push(`name ${error.name}`);
  if (!Array.isArray(error.issues) || error.issues.length === 0) problems.push("no issues");
  for (const issue of error.issues) {
    const at = `issue ${JSON.stringify(issue.pointer)} ${issue.code}`;
    if (!Array.isArray(issue.path)) problems.push(`${at}: path is not an array`);
    else if (!issue.path.every((key) => typeof key === "string" || (Number.isInteger(key) && key >= 0))) problems.push(`${at}: bad path key`);
    // a non-empty path, or a root issue whose pointer is ""
    if (typeof issue.pointer !== "string" || issue.pointer !== pointerOf(issue.path)) problems.push(`${at}: pointer is not the path's JSON Pointer`);
    if ((issue.pointer === "") !== (issue.path.length === 0)) problems.push(`${at}: empty pointer for a non-root path`);
    if (typeof issue.code !== "string" || issue.code.length === 0) problems.push(`${at}: no code`);
    const { zh, en } = issue.message ?? {};
    if (typeof zh !== "string" || zh.trim() === "") problems.push(`${at}: empty zh message`);
    else if (!CJK.test(zh)) problems.push(`${at}: zh message without Chinese: ${zh}`);
    if (typeof en !== "string" || en.trim() === "") problems.push(`${at}: empty en message`);
    else if (!/[A-Za-z]{3}/.test(en)) problems.push(`${at}: en message without English: ${en}`);
    // the error's own message lists every pointer ("/" for the root)
    if (!error.message.includes(`- ${issue.pointer || "/"}: `)) problems.push(`${at}: not in the error message`);
  }
  return problems;
}

function expectWellFormed(error: AssessmentInputError): void {
  expect(issueProblems(error)).toEqual([]);
}

/** Whether pointer `a` is `b`, or an ancestor or descendant of it. */
const related = (a: string, b: string) => a === b || b.startsWith(`${a}/`) || a.startsWith(`${b}/`);

// ---------------------------------------------------------------------------------------------
// Valid partner-quarters (test/support/quarters.ts)

const validQuarter: fc.Arbitrary<Json> = validQuarters;
const OUTCOMES = OUTCOME_WORDS;

// ---------------------------------------------------------------------------------------------
// Where a valid quarter can be broken

type FieldKind = "text" | "enum" | "note" | "date" | "nullableDate" | "quarter" | "whole" | "amount" | "rate" | "bool" | "object" | "array" | "element";

const KIND_OF_KEY: Record<string, FieldKind> = {
  id: "text",
  name: "text",
  product: "text",
  projectId: "text",
  kind: "enum",
  major: "enum",
  outcome: "enum",
  note: "note",
  deadline: "date",
  date: "date",
  submittedOn: "nullableDate",
  quarter: "quarter",
  seats: "whole",
  unlicensedWorkCases: "whole",
  simpleIssueTickets: "whole",
  simpleCalls: "whole",
  totalCalls: "whole",
  required: "whole",
  completed: "whole",
  attended: "whole",
  rating: "amount",
  points: "amount",
  deliveryQualityDeduction: "amount",
  vendorAssistPersonDays: "amount",
  keyEventDeduction: "amount",
  rate: "rate",
  customerInfoFalsified: "bool",
  partner: "object",
  repOffice: "object",
  ecr: "object",
  training: "object",
  online: "object",
  offline: "object",
  flags: "object",
  majorProjects: "array",
  satisfaction: "array",
  keyEvents: "array",
};
const KNOWN_KEYS = new Set(Object.keys(KIND_OF_KEY));

interface Slot {
  readonly path: Path;
  readonly kind: FieldKind;
}

/** Every value inside a valid quarter (not the root), with the kind of field it sits in. */
function slotsOf(value: unknown, path: Path = [], found: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((element, index) => {
      found.push({ path: [...path, index], kind: "element" });
      slotsOf(element, [...path, index], found);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, nested] of Object.entries(value)) {
      found.push({ path: [...path, key], kind: KIND_OF_KEY[key] ?? "text" });
      slotsOf(nested, [...path, key], found);
    }
  }
  return found;
}

/** The objects inside a valid quarter, the root included, with the keys each must have. */
function objectsOf(input: Json): { path: Path; required: string[] }[] {
  const found: { path: Path; required: string[] }[] = [{ path: [], required: ["partner", "quarter"] }];
  const add = (path: Path, value: unknown, required: string[]) => {
    if (value !== undefined) found.push({ path, required });
  };
  add(["partner"], input.partner, ["id"]);
  (input.majorProjects as Json[] | undefined)?.forEach((p, i) =>
    add(["majorProjects", i], p, ["id", "product", "seats", "deadline", "submittedOn", ...(typeof p.submittedOn === "string" && p.submittedOn <= (p.deadline as string) ? ["rating"] : [])]),
  );
  (input.satisfaction as Json[] | undefined)?.forEach((s, i) => add(["satisfaction", i], s, ["projectId", "outcome"]));
  add(["repOffice"], input.repOffice, []);
  const ecr = input.ecr as Json | undefined;
  add(["ecr"], ecr, ecr && "totalCalls" in ecr ? ["simpleCalls", "totalCalls"] : ["rate"]);
  const training = input.training as Json | undefined;
  add(["training"], training, []);
  add(["training", "online"], training?.online, ["required", "completed"]);
  add(["training", "offline"], training?.offline, ["required", "attended"]);
  (input.keyEvents as Json[] | undefined)?.forEach((e, i) => add(["keyEvents", i], e, ["id", "kind", "points", "note", ...("major" in e ? ["date"] : [])]));
  add(["flags"], input.flags, []);
  return found;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** Sets a value at `path`, creating missing objects on the way; `Object.defineProperty` so that "__proto__" is an own key. */
function setAt(root: Json, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
}

function removeAt(root: Json, path: Path): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  delete parent[path[path.length - 1] as string | number];
}

function push(root: Json, key: string, element: unknown): number {
  const list = Array.isArray(root[key]) ? (root[key] as unknown[]) : [];
  list.push(element);
  root[key] = list;
  return list.length - 1;
}

// ---------------------------------------------------------------------------------------------
// Bad values

const BIG = 1n;
const WRONG_TYPE: Record<FieldKind, readonly unknown[]> = {
  text: [0, 1.5, true, null, {}, [], BIG],
  enum: [0, true, null, {}, ["bonus"]],
  note: [0, false, null, {}, []],
  date: [20240101, true, null, {}, [], new Date(Date.UTC(2024, 0, 1))],
  nullableDate: [20240101, true, {}, [], new Date(Date.UTC(2024, 0, 1))],
  quarter: [20243, true, null, {}, ["2024-Q3"]],
  whole: ["1", "", true, null, {}, [], BIG],
  amount: ["1.5", true, null, {}, [], BIG],
  rate: [true, null, {}, [], BIG],
  bool: [0, 1, "true", "false", null, {}],
  object: [0, "x", true, null, [], BIG],
  array: [{}, "x", 0, true, null, { 0: {} }],
  element: [0, "x", true, null, [], undefined],
};

const BAD_TEXT: Partial<Record<string, readonly string[]>> = {
  id: ["", "   ", "x".repeat(201)],
  projectId: ["", " \t ", "x".repeat(201)],
  product: ["", "   "],
  name: ["", "  ", "名".repeat(501)],
  kind: ["Bonus", "bonus ", "", "加 分"], // 加分 and 扣分 are accepted (read as bonus and penalty)
  major: ["downgraded", "BLACKLIST", "", "黑名"], // 降级 and 黑名单 are accepted
  outcome: ["great", "满意 ", "Very_satisfied", "", "very satisfied", "非常 满意"],
  note: ["x".repeat(2001)],
};

const badWhole = fc.oneof(
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5, 2.25, -0.5),
);
const badAmount = fc.oneof(
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.5, -Number.MIN_VALUE),
);
const badRate = fc.oneof(
  fc.double({ min: 1, minExcluded: true, noNaN: true }),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "101%", "100.01%", "9.5", "-1%", "", "abc%", "1e1%", "%", "9,5%", "0x10%", "9.5%%"),
);

/** Strings that are not real calendar dates YYYY-MM-DD. */
const badDate = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 9 }) })
    .map(({ y, m, extra }) => `${y}-${pad(m)}-${pad(daysIn(y, m) + extra)}`)
    .filter((s) => Number(s.slice(8)) <= 99),
  fc.record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.constantFrom(0, 13, 20, 99), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.constantFrom(
    "2024-02-30",
    "2023-02-29",
    "2100-02-29",
    "2024-04-31",
    "2024-06-00",
    "2024-2-3",
    "2024/02/03",
    "20240203",
    "2024-02-03T00:00:00Z",
    " 2024-02-03",
    "2024-02-03 ",
    "03-02-2024",
    "",
    "２０２４-０２-０３",
  ),
);

/** Quarter strings that are malformed, or well formed but before the policy (2024-04-01). */
const badQuarter = fc.oneof(
  fc.constantFrom("2024-Q5", "2024-Q0", "2024Q3", "2024-q3", "24-Q3", " 2024-Q3", "2024-Q3 ", "2024-3", "Q3-2024", "2024-Q1", "2023-Q4", "", "２０２４-Q3"),
  fc.string({ maxLength: 10 }).filter((s) => !/^\d{4}-Q[1-4]$/.test(s)),
  fc.record({ y: fc.integer({ min: 0, max: 2023 }), q: fc.integer({ min: 1, max: 4 }) }).map(({ y, q }) => `${pad(y, 4)}-Q${q}`),
);

const extraKey = fc.oneof(
  fc.constantFrom("majorProject", "Partner", "quater", "__proto__", "constructor", "toString", "", "a/b", "~x"),
  fc.string({ minLength: 0, maxLength: 12 }),
).filter((key) => !KNOWN_KEYS.has(key));

// ---------------------------------------------------------------------------------------------
// One corruption per input

type Corruption =
  | { kind: "wrong-type"; pick: number; choice: number }
  | { kind: "bad-text"; pick: number; choice: number }
  | { kind: "bad-number"; pick: number; whole: number; amount: number; rate: number | string }
  | { kind: "missing-key"; pick: number; choice: number }
  | { kind: "missing-partner" }
  | { kind: "extra-key"; pick: number; key: string; value: unknown }
  | { kind: "bad-date"; pick: number; date: string }
  | { kind: "bad-quarter"; quarter: string }
  | { kind: "cross-field"; rule: CrossField; n: number; k: number; over: number; pick: number };

type CrossField =
  | "completed"
  | "attended"
  | "simple"
  | "rating-above"
  | "rating-required"
  | "duplicate"
  | "duplicate-project"
  | "duplicate-event"
  | "major-date"
  | "major-bonus"
  | "event-outside"
  | "ecr-missing"
  | "rate-and-counts";
const CROSS_FIELDS: readonly CrossField[] = [
  "completed",
  "attended",
  "simple",
  "rating-above",
  "rating-required",
  "duplicate",
  "duplicate-project",
  "duplicate-event",
  "major-date",
  "major-bonus",
  "event-outside",
  "ecr-missing",
  "rate-and-counts",
];

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant("wrong-type" as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({ kind: fc.constant("bad-text" as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({ kind: fc.constant("bad-number" as const), pick: fc.nat(), whole: badWhole, amount: badAmount, rate: badRate }),
  fc.record({ kind: fc.constant("missing-key" as const), pick: fc.nat(), choice: fc.nat() }),
  fc.record({ kind: fc.constant("missing-partner" as const) }),
  fc.record({ kind: fc.constant("extra-key" as const), pick: fc.nat(), key: extraKey, value: fc.oneof(fc.jsonValue(), fc.constant(undefined)) }),
  fc.record({ kind: fc.constant("bad-date" as const), pick: fc.nat(), date: badDate }),
  fc.record({ kind: fc.constant("bad-quarter" as const), quarter: badQuarter }),
  fc.record({
    kind: fc.constant("cross-field" as const),
    rule: fc.constantFrom(...CROSS_FIELDS),
    n: fc.nat(50),
    k: fc.integer({ min: 1, max: 50 }),
    over: fc.double({ min: 30, minExcluded: true, max: 1e9, noNaN: true }).map((value) => Math.max(30.000001, Math.round(value * 1e6) / 1e6)),
    pick: fc.nat(),
  }),
);

/** What the error must point at: a pointer an issue is at (or above or below), and for some rules the exact code. */
interface Expected {
  readonly pointer: string;
  readonly code?: string;
}

const choose = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Breaks `input` in one place (mutates it) and says where the error must point. */
function corrupt(input: Json, c: Corruption): Expected {
  const slots = slotsOf(input);
  switch (c.kind) {
    case "wrong-type": {
      const slot = choose(slots, c.pick);
      setAt(input, slot.path, choose(WRONG_TYPE[slot.kind], c.choice));
      return { pointer: pointerOf(slot.path) };
    }
    case "bad-text": {
      const candidates = slots.filter((s) => BAD_TEXT[String(s.path[s.path.length - 1])] !== undefined);
      const slot = choose(candidates, c.pick); // partner.id is always there
      setAt(input, slot.path, choose(BAD_TEXT[String(slot.path[slot.path.length - 1])] ?? [], c.choice));
      return { pointer: pointerOf(slot.path) };
    }
    case "bad-number": {
      const candidates = slots.filter((s) => s.kind === "whole" || s.kind === "amount" || s.kind === "rate");
      const slot = candidates.length > 0 ? choose(candidates, c.pick) : { path: ["repOffice", "simpleIssueTickets"], kind: "whole" as const };
      setAt(input, slot.path, slot.kind === "whole" ? c.whole : slot.kind === "amount" ? c.amount : c.rate);
      return { pointer: pointerOf(slot.path) };
    }
    case "missing-key": {
      const withRequired = objectsOf(input).filter((o) => o.required.length > 0);
      const object = choose(withRequired, c.pick);
      const key = choose(object.required, c.choice);
      removeAt(input, [...object.path, key]);
      // an ECR figure left out is named where it is missing (/ecr/totalCalls when only simpleCalls is left), or at /ecr
      if (object.path[0] === "ecr") return { pointer: "/ecr" };
      return { pointer: pointerOf([...object.path, key]) };
    }
    case "missing-partner":
      delete input.partner;
      return { pointer: "/partner" };
    case "extra-key": {
      // each unknown key is its own problem, at the key (with the known key it is nearest to, if any)
      const object = choose(objectsOf(input), c.pick);
      setAt(input, [...object.path, c.key], c.value);
      return { pointer: pointerOf([...object.path, c.key]), code: "unrecognized_keys" };
    }
    case "bad-date": {
      const candidates = slots.filter((s) => s.kind === "date" || s.kind === "nullableDate");
      if (candidates.length === 0) {
        const index = push(input, "keyEvents", { id: "KE-X", kind: "bonus", points: 1, note: "", date: c.date });
        return { pointer: `/keyEvents/${index}/date` };
      }
      const slot = choose(candidates, c.pick);
      setAt(input, slot.path, c.date);
      return { pointer: pointerOf(slot.path) };
    }
    case "bad-quarter":
      input.quarter = c.quarter;
      return { pointer: "/quarter" };
    case "cross-field":
      return crossField(input, c);
  }
}

function crossField(input: Json, c: Extract<Corruption, { kind: "cross-field" }>): Expected {
  switch (c.rule) {
    case "completed":
      setAt(input, ["training", "online"], { required: c.n, completed: c.n + c.k });
      return { pointer: "/training/online/completed", code: "COMPLETED_ABOVE_REQUIRED" };
    case "attended":
      setAt(input, ["training", "offline"], { required: c.n, attended: c.n + c.k });
      return { pointer: "/training/offline/attended", code: "ATTENDED_ABOVE_REQUIRED" };
    case "simple":
      input.ecr = { simpleCalls: c.n + c.k, totalCalls: c.n };
      return { pointer: "/ecr/simpleCalls", code: "SIMPLE_ABOVE_TOTAL" };
    case "rating-above": {
      const index = push(input, "majorProjects", { id: "MP-X", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-01", rating: c.over });
      return { pointer: `/majorProjects/${index}/rating`, code: "RATING_ABOVE_MAX" };
    }
    case "rating-required": {
      const submittedOn = c.k % 2 === 0 ? "2024-09-20" : "2024-09-19"; // the deadline day is on time (R5)
      const index = push(input, "majorProjects", { id: "MP-X", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn });
      return { pointer: `/majorProjects/${index}/rating`, code: "RATING_REQUIRED" };
    }
    case "duplicate": {
      const existing = (input.satisfaction as { projectId: string }[] | undefined) ?? [];
      if (existing.length === 0) push(input, "satisfaction", { projectId: "MP-D", outcome: "满意" });
      const list = input.satisfaction as { projectId: string }[];
      const twin = choose(list, c.pick).projectId;
      const index = push(input, "satisfaction", { projectId: twin, outcome: choose(OUTCOMES, c.n) });
      return { pointer: `/satisfaction/${index}/projectId`, code: "DUPLICATE_SURVEY" };
    }
    case "duplicate-project": {
      // 3.2.1: a major-project id appears at most once in its list (a repeat would halve the item)
      const project = { id: "MP-D", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: null };
      push(input, "majorProjects", project);
      const index = push(input, "majorProjects", { ...project, id: c.k % 2 === 0 ? "MP-D" : " MP-D " }); // compared after trimming
      return { pointer: `/majorProjects/${index}/id`, code: "DUPLICATE_ID" };
    }
    case "duplicate-event": {
      push(input, "keyEvents", { id: "KE-D", kind: "bonus", points: 1, note: "" });
      const index = push(input, "keyEvents", { id: "KE-D", kind: "penalty", points: c.n, note: "" });
      return { pointer: `/keyEvents/${index}/id`, code: "DUPLICATE_ID" };
    }
    case "major-date": {
      const index = push(input, "keyEvents", { id: "KE-M", kind: "penalty", points: c.n, note: "窜货骗保", major: c.k % 2 === 0 ? "downgrade" : "blacklist" });
      return { pointer: `/keyEvents/${index}/date`, code: "MAJOR_EVENT_NEEDS_DATE" };
    }
    case "major-bonus": {
      // 3.2.6: only a penalty can be major (四.2.2 names only negative events)
      const kind = c.k % 2 === 0 ? "bonus" : "加分";
      const index = push(input, "keyEvents", { id: "KE-B", kind, points: c.n, note: "", major: "downgrade", date: quarterStartByHand(input.quarter as string) });
      return { pointer: `/keyEvents/${index}/major`, code: "MAJOR_EVENT_NOT_PENALTY" };
    }
    case "event-outside": {
      // 3.2.6: an event's date, when given, lies inside the assessed quarter; the day before or the day after
      const quarter = input.quarter as string;
      const date = c.k % 2 === 0 ? addDays(quarterStartByHand(quarter), -1) : addDays(quarterEndByHand(quarter), 1);
      const index = push(input, "keyEvents", { id: "KE-O", kind: "penalty", points: c.n, note: "", date });
      return { pointer: `/keyEvents/${index}/date`, code: "EVENT_OUTSIDE_QUARTER" };
    }
    case "ecr-missing": {
      // a missing figure is named where it is missing
      const [ecr, pointer] = choose(
        [
          [{ simpleCalls: c.n }, "/ecr/totalCalls"],
          [{ totalCalls: c.n }, "/ecr/simpleCalls"],
          [{}, "/ecr"],
        ] as const,
        c.k,
      );
      input.ecr = ecr;
      return { pointer, code: "ECR_FIELD_MISSING" };
    }
    case "rate-and-counts":
      input.ecr = c.k % 3 === 0 ? { totalCalls: c.n + c.k, rate: 0.05 } : { simpleCalls: c.n, totalCalls: c.n + c.k, rate: c.k % 2 === 0 ? 0.05 : "5%" };
      return { pointer: "/ecr", code: "RATE_OR_COUNTS" };
  }
}

// ---------------------------------------------------------------------------------------------

describe("malformed input is rejected with AssessmentInputError and well-formed issues", () => {
  it("fc.anything(): any value that is not a partner-quarter", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        rejected(input);
      }),
      RUNS,
    );
  });

  it("the input's keys with arbitrary values (quarter missing or not YYYY-Qn)", () => {
    const anything = fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, maxDepth: 3 });
    const shaped = fc.record(
      {
        partner: fc.oneof(anything, fc.record({ id: anything, name: anything }, { requiredKeys: [] })),
        quarter: anything.filter((q) => !(typeof q === "string" && /^\d{4}-Q[1-4]$/.test(q))),
        majorProjects: fc.oneof(anything, fc.array(fc.dictionary(fc.constantFrom("id", "product", "seats", "deadline", "submittedOn", "rating"), anything))),
        satisfaction: anything,
        repOffice: anything,
        ecr: fc.oneof(anything, fc.dictionary(fc.constantFrom("simpleCalls", "totalCalls", "rate"), anything)),
        training: anything,
        keyEvents: anything,
        flags: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(shaped, (input) => {
        rejected(input);
      }),
      RUNS,
    );
  });

  it("a valid quarter with exactly one thing broken: the error points at it", () => {
    fc.assert(
      fc.property(validQuarter, corruption, (valid, c) => {
        const input = structuredClone(valid);
        const expected = corrupt(input, c);
        const error = rejected(input);
        const pointers = error.issues.map((issue) => issue.pointer);
        expect(pointers.some((pointer) => related(pointer, expected.pointer)), `${expected.pointer} in ${pointers.join(", ")}`).toBe(true);
        if (expected.code !== undefined) {
          expect(error.issues.map(({ pointer, code }) => ({ pointer, code }))).toContainEqual({ pointer: expected.pointer, code: expected.code });
        }
      }),
      { numRuns: 600 }, // three times the others: 9 kinds of break, 13 cross-field rules
    );
  });

  it("a valid quarter with one section replaced by an arbitrary value: scored or rejected, never another exception", () => {
    const section = fc.constantFrom("majorProjects", "satisfaction", "repOffice", "ecr", "training", "keyEvents", "flags", "partner");
    fc.assert(
      fc.property(validQuarter, section, fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, maxDepth: 3 }), (valid, key, value) => {
        const input = { ...valid, [key]: value };
        let result: ReturnType<typeof safeAssessQuarter> | undefined;
        expect(() => {
          result = safeAssessQuarter(input);
        }).not.toThrow();
        if (result !== undefined && !result.success) expectWellFormed(result.error);
      }),
      RUNS,
    );
  });
});
