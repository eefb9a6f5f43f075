import fc from "fast-check";

/**
 * Builders and fast-check generators of partner-quarters (docs/input.md) for the input, verdict,
 * assessment, property and fuzz tests: the example quarter, dates worked out by hand (never through the
 * library), generators of valid sections as a caller writes them, and of sections broken in one place.
 *
 * A generated valid quarter keeps every rule of the input's validation: counts whole, completed ≤ required,
 * attended ≤ required, simple ≤ total, an on-time report rated 0 … 30, each project, survey and key-event id
 * once, only a penalty major, a major event dated, every event date inside the quarter.
 */

// ---------------------------------------------------------------------------------------------
// The example quarter: README.md's ("Use it from TypeScript"), with `flags` given and the outcome's code

export type Entry = Record<string, unknown>;

/** The example quarter's input, as a caller writes it (each section writable for a test's change). */
export interface ExampleInput extends Entry {
  partner: Entry;
  quarter: string;
  majorProjects: Entry[];
  satisfaction: Entry[];
  repOffice: Entry;
  ecr: Entry;
  training: { online: Entry; offline: Entry } & Entry;
  keyEvents: Entry[];
  flags: Entry;
}

/** The example quarter, a fresh copy: 28 + 25 + 9.5 + 15 + (10 + 3) + 2 = 92.5. */
export function example(): ExampleInput {
  return {
    partner: { id: "P-0001", name: "示例科技有限公司" },
    quarter: "2024-Q3",
    majorProjects: [{ id: "MP-01", product: "WorkSpace", seats: 320, deadline: "2024-09-20", submittedOn: "2024-09-18", rating: 28 }],
    satisfaction: [{ projectId: "MP-01", outcome: "very_satisfied" }],
    repOffice: { deliveryQualityDeduction: 0, unlicensedWorkCases: 1, vendorAssistPersonDays: 0, simpleIssueTickets: 3, keyEventDeduction: 0 },
    ecr: { simpleCalls: 4, totalCalls: 50 },
    training: { online: { required: 6, completed: 6 }, offline: { required: 3, attended: 2 } },
    keyEvents: [{ id: "KE-1", kind: "bonus", points: 2, note: "客户表扬信" }],
    flags: { customerInfoFalsified: false },
  };
}

/** The example quarter with one change. */
export function exampleWith(change: (input: ExampleInput) => void): ExampleInput {
  const input = example();
  change(input);
  return input;
}

/** Only a partner and a quarter: every section left out. */
export const bare = (quarter = "2024-Q3"): Entry => ({ partner: { id: "P-0001" }, quarter });

// ---------------------------------------------------------------------------------------------
// Dates by hand (UTC arithmetic only: no time zone can shift them)

export const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
export const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysIn = (year: number, month: number): number => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** `date` moved by `days` days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The first day of the quarter `offset` quarters after `quarter`: YYYY-Qn → month 3(n−1)+1. */
export function quarterStartByHand(quarter: string, offset = 0): string {
  const [year, q] = quarter.split("-Q").map(Number) as [number, number];
  const index = year * 4 + (q - 1) + offset;
  return `${Math.floor(index / 4)}-${pad((index % 4) * 3 + 1)}-01`;
}

/** The last day of a quarter: the day before the next one starts. */
export const quarterEndByHand = (quarter: string): string => addDays(quarterStartByHand(quarter, 1), -1);

/** Quarters 2024-Q2 (the policy's first, 八 "自2024年4月1日起生效") … 2030-Q4: 27 of them. */
export const QUARTERS: readonly string[] = Array.from({ length: 27 }, (_, i) => `${2024 + Math.floor((i + 1) / 4)}-Q${((i + 1) % 4) + 1}`);

// ---------------------------------------------------------------------------------------------
// Generators of valid sections, as a caller writes them

/** A real calendar date YYYY-MM-DD, 2024 … 2031, the leap days and year ends among them. */
export const calendarDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 2024, max: 2031 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
  fc.constantFrom("2024-02-29", "2028-02-29", "2024-12-31", "2030-12-31"),
);

/** A day inside `quarter`, its first and last days among them. */
export const dateIn = (quarter: string): fc.Arbitrary<string> => {
  const start = quarterStartByHand(quarter);
  const end = quarterEndByHand(quarter);
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  return fc.oneof(fc.constantFrom(start, end), fc.integer({ min: 0, max: days }).map((offset) => addDays(start, offset)));
};

/** An id with no spaces around it (ids are compared after trimming). */
export const id: fc.Arbitrary<string> = fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,4}$/);

/** Any amount from 0 to `max` as an input may give it: at most 6 decimals (the amounts the inputs accept). */
export const amountUpTo = (max: number): fc.Arbitrary<number> => fc.double({ min: 0, max, noNaN: true }).map((value) => Math.min(max, Math.round(value * 1e6) / 1e6));

/** A rep-office rating 0 … 30: whole, half points, or any amount in range. */
export const rating: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 }).map((h) => h / 2), amountUpTo(30));

/** One major project: an on-time report (early or on the deadline day, R5) is rated; a late or missing one may be (the rating is ignored). */
export const majorProject: fc.Arbitrary<Entry> = fc
  .record({
    id,
    product: fc.constantFrom("WorkSpace", "LearningSpace", "VDI"),
    seats: fc.nat(1500),
    deadline: calendarDate,
    submission: fc.constantFrom("early", "early", "deadline-day", "late", "missing"),
    shift: fc.integer({ min: 1, max: 60 }),
    rating,
    lateRating: fc.boolean(),
  })
  .map(({ submission, shift, rating: given, lateRating, ...project }) => {
    const submittedOn = submission === "missing" ? null : submission === "deadline-day" ? project.deadline : addDays(project.deadline, submission === "late" ? shift : -shift);
    const onTime = submission === "early" || submission === "deadline-day";
    return onTime || lateRating ? { ...project, submittedOn, rating: given } : { ...project, submittedOn };
  });

/** The major-project list: each id once. */
export const majorProjects: fc.Arbitrary<Entry[]> = fc.uniqueArray(majorProject, { selector: (project) => project["id"], maxLength: 5 });

/** 三.2.2's outcomes as codes, and the policy's Chinese labels for them (read as the codes). */
export const OUTCOME_LABELS = {
  very_satisfied: "非常满意",
  satisfied: "满意",
  neutral: "一般",
  dissatisfied: "不满意",
  very_dissatisfied: "非常不满意",
  unreachable: "回访不通",
  unreachable_after_reminder: "提醒后回访不通",
} as const;
export const OUTCOME_WORDS: readonly string[] = [...Object.keys(OUTCOME_LABELS), ...Object.values(OUTCOME_LABELS)];

/** The satisfaction surveys: each project once, outcomes as codes or labels. */
export const satisfaction: fc.Arbitrary<Entry[]> = fc.uniqueArray(
  fc.record({ projectId: id, outcome: fc.oneof({ arbitrary: fc.constantFrom("very_satisfied", "非常满意", "satisfied"), weight: 2 }, fc.constantFrom(...OUTCOME_WORDS)) }),
  { selector: (survey) => survey.projectId, maxLength: 6 },
);

const deduction = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 24 }).map((q) => q / 4), amountUpTo(12));

/** The rep office's record, any figure left out. */
export const repOffice: fc.Arbitrary<Entry> = fc.record(
  {
    deliveryQualityDeduction: deduction,
    unlicensedWorkCases: fc.oneof(fc.nat(2), fc.nat(12)),
    vendorAssistPersonDays: fc.oneof(fc.nat(3), fc.nat(12)).map((h) => h / 2),
    simpleIssueTickets: fc.nat(15),
    keyEventDeduction: deduction,
  },
  { requiredKeys: [] },
);

/** The 400-hotline calls: counts, a rate, or a rate with the simple-call count. */
export const ecr: fc.Arbitrary<Entry> = fc.oneof(
  fc.nat(400).chain((totalCalls) =>
    fc.record({ simpleCalls: fc.oneof(fc.integer({ min: 0, max: Math.floor(totalCalls / 8) }), fc.integer({ min: 0, max: totalCalls })), totalCalls: fc.constant(totalCalls) }),
  ),
  fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ rate: fc.integer({ min: 0, max: 10000 }).map((h) => `${h / 100}%`), simpleCalls: fc.nat(30) }, { requiredKeys: ["rate"] }),
);

const trainingPart = <K extends string>(done: K) =>
  fc
    .nat(20)
    .chain((required) =>
      fc.record({
        required: fc.constant(required),
        [done]: fc.oneof(fc.constant(required), fc.integer({ min: Math.floor((required * 3) / 5), max: required }), fc.integer({ min: 0, max: required })),
      } as Record<"required" | K, fc.Arbitrary<number>>),
    );

/** The training record, either part left out. */
export const training: fc.Arbitrary<Entry> = fc.record({ online: trainingPart("completed"), offline: trainingPart("attended") }, { requiredKeys: [] });

/** The key events of `quarter`: each id once, kinds in English or Chinese, only a penalty major, a major one dated, every date inside the quarter. */
export const keyEvents = (quarter: string): fc.Arbitrary<Entry[]> =>
  fc.uniqueArray(
    fc
      .record({
        id,
        kind: fc.constantFrom("bonus", "penalty", "bonus", "penalty", "加分", "扣分"),
        points: fc.oneof(fc.nat(5), fc.nat(40).map((h) => h / 2), amountUpTo(30)),
        note: fc.oneof(fc.constantFrom("客户表扬信", "严重的客户投诉", ""), fc.string({ maxLength: 40 })),
        major: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, fc.constantFrom("downgrade", "blacklist", "降级", "黑名单")),
        date: fc.option(dateIn(quarter), { nil: undefined }),
      })
      .map(({ kind, major, date, ...event }) => {
        const penalty = kind === "penalty" || kind === "扣分";
        if (penalty && major !== undefined) return { ...event, kind, major, date: date ?? quarterStartByHand(quarter) };
        return date === undefined ? { ...event, kind } : { ...event, kind, date };
      }),
    { selector: (event) => event.id, maxLength: 4 },
  );

/** The flags: true/false or 是/否. */
export const flags: fc.Arbitrary<Entry> = fc.record({ customerInfoFalsified: fc.constantFrom(false, false, false, true, "是", "否") }, { requiredKeys: [] });

/** The partner: an id (spaces around it are trimmed) and maybe a name. */
export const partner: fc.Arbitrary<Entry & { id: string }> = fc.record(
  {
    id: fc.oneof(id, fc.constantFrom("P-0001", "伙伴-7", "  P-0002  ")),
    name: fc.oneof(fc.constantFrom("示例科技有限公司", "Example Ltd."), fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0)),
  },
  { requiredKeys: ["id"] },
);

/** The six sections that score (the five items and the key events), by their input keys. */
export const SECTION_KEYS = ["majorProjects", "satisfaction", "repOffice", "ecr", "training", "keyEvents"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A valid section of `quarter`. */
export function validSection(key: SectionKey, quarter: string): fc.Arbitrary<unknown> {
  switch (key) {
    case "majorProjects":
      return majorProjects;
    case "satisfaction":
      return satisfaction;
    case "repOffice":
      return repOffice;
    case "ecr":
      return ecr;
    case "training":
      return training;
    case "keyEvents":
      return keyEvents(quarter);
  }
}

/** A valid partner-quarter, every section optional. */
export interface ValidQuarter extends Entry {
  partner: Entry & { id: string };
  quarter: string;
  majorProjects?: Entry[];
  satisfaction?: Entry[];
  repOffice?: Entry;
  ecr?: Entry;
  training?: Entry;
  keyEvents?: Entry[];
  flags?: Entry;
}

export const validQuarter: fc.Arbitrary<ValidQuarter> = fc.constantFrom(...QUARTERS).chain((quarter) =>
  fc.record(
    {
      partner,
      quarter: fc.constant(quarter),
      majorProjects,
      satisfaction,
      repOffice,
      ecr,
      training,
      keyEvents: keyEvents(quarter),
      flags,
    },
    { requiredKeys: ["partner", "quarter"] },
  ),
);

// ---------------------------------------------------------------------------------------------
// Sections broken in one place

/** Values no field accepts as they are, or only some fields do. */
const ODD_VALUES: readonly unknown[] = [
  null, undefined, true, "", " ", "x", "2024-02-30", "2024-Q3", "NaN", "9.5", "101%", "满意", "加分", "黑名单",
  -1, -0.5, 0, 0.5, 1, 31, 1e9, 1e9 + 1, Number.NaN, Number.POSITIVE_INFINITY, 1n, {}, [], [null], { 0: {} },
];

const TYPO_KEYS = ["majorProject", "rate ", "simpleCall", "totalcalls", "attnded", "completd", "ratting", "outcom", "projectID", "deadLine", "__proto__", "constructor", "x"];

type Path = (string | number)[];

/** Every path to a value inside `value` (the root excluded). */
function pathsIn(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((element, index) => (found.push([...path, index]), pathsIn(element, [...path, index], found)));
  else if (typeof value === "object" && value !== null) for (const [key, nested] of Object.entries(value)) (found.push([...path, key]), pathsIn(nested, [...path, key], found));
  return found;
}

/** Sets an own property (`defineProperty`, so that "__proto__" is an own key). */
const setOwn = (node: object, key: string | number, value: unknown) => Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });

type Break = { how: "replace"; at: number; value: unknown } | { how: "delete"; at: number } | { how: "extra"; at: number; key: string; value: unknown } | { how: "repeat"; at: number };

const breakOf: fc.Arbitrary<Break> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ how: fc.constant("replace" as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...ODD_VALUES), fc.anything({ maxDepth: 1 })) }) },
  { weight: 2, arbitrary: fc.record({ how: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ how: fc.constant("extra" as const), at: fc.nat(), key: fc.constantFrom(...TYPO_KEYS), value: fc.constantFrom(...ODD_VALUES) }) },
  { weight: 1, arbitrary: fc.record({ how: fc.constant("repeat" as const), at: fc.nat() }) },
);

/** `valid` (a fresh copy) broken in one place: a value replaced or deleted, a key added, an element repeated. */
function broken(valid: unknown, change: Break): unknown {
  const value = structuredClone(valid);
  const paths = pathsIn(value);
  if (paths.length === 0) return change.how === "replace" ? change.value : value;
  const path = paths[change.at % paths.length] as Path;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  switch (change.how) {
    case "replace":
      setOwn(parent, key, change.value);
      break;
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case "extra": {
      const target = typeof parent[key] === "object" && parent[key] !== null && !Array.isArray(parent[key]) ? (parent[key] as object) : parent;
      if (!Array.isArray(target)) setOwn(target, change.key, change.value);
      break;
    }
    case "repeat":
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      else if (Array.isArray(value) && value.length > 0) value.push(structuredClone(value[0]));
      break;
  }
  return value;
}

/**
 * A section of `quarter`, valid or not: a valid one, one broken in one place, an arbitrary value, or
 * a section's worth of odd values (null, a list where an object belongs …). Small, so that its
 * problems stay under the hundred an error lists.
 */
export function anySection(key: SectionKey, quarter: string): fc.Arbitrary<unknown> {
  const valid = validSection(key, quarter);
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 5, arbitrary: fc.tuple(valid, breakOf).map(([section, change]) => broken(section, change)) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withNullPrototype: true, withSparseArray: true }) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_VALUES) },
  );
}
