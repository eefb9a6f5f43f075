import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type EcrInput,
  type ItemResult,
  type KeyEventInput,
  type MajorProjectInput,
  type RepOfficeRecord,
  type SatisfactionSurveyInput,
  scoreEcr,
  scoreMajorProjects,
  scoreRepOffice,
  scoreSatisfaction,
  scoreTraining,
  sumKeyEvents,
  type TrainingRecord,
} from "../../src/index.js";
import { addDays, amountUpTo, daysIn, pad } from "../support/quarters.js";

/**
 * Properties of the five item rules (三.2.1 … 三.2.5) and of the key-event sum, over arbitrary valid rule
 * arguments. The oracles below restate the policy (三.2.1 … 三.2.6) in whole hundredths of a point,
 * worked out from the policy text, not from the code.
 */

const RUNS = { numRuns: 200 };

// ---------------------------------------------------------------------------------------------
// Helpers

/** Freezes a value and everything inside it: a rule that writes to its argument throws (ESM is strict). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const nested of Object.values(value)) deepFreeze(nested);
    Object.freeze(value);
  }
  return value;
}

/** A score in whole hundredths (scores are rounded to 2 decimals, so this is exact). */
const hundredths = (score: number): number => Math.round(score * 100) + 0; // + 0 folds −0 into 0

/** Calls `rule` on a deep-frozen argument twice: same result, argument unchanged. */
function stable<A>(argument: A, rule: (a: A) => unknown): void {
  const before = structuredClone(argument);
  const frozen = deepFreeze(argument);
  const first = rule(frozen);
  const second = rule(frozen);
  expect(second).toEqual(first);
  expect(frozen).toEqual(before);
}

function expectWithin(result: ItemResult, max: number): void {
  expect(result.max).toBe(max);
  expect(Number.isFinite(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(max);
  // rounded to the policy's 2 decimals (reading R4)
  expect(hundredths(result.score) / 100).toBe(result.score);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries of valid rule arguments


/** A real calendar date YYYY-MM-DD, 2020 … 2031, leap days included. */
const calendarDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 2020, max: 2031 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
  fc.constantFrom("2024-02-29", "2028-02-29", "2024-12-31", "2025-01-01", "2024-09-20"),
);

const id = fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,5}$/);

/** A rep-office rating 0 … 30: whole, half points, or any amount in range (at most 6 decimals, as inputs are). */
const rating = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 }).map((h) => h / 2), amountUpTo(30));

type Submission = "on-time" | "deadline-day" | "late" | "missing";

/** A valid major project: an on-time report carries a rating; a late or missing one may carry one (ignored). */
function majorProjectWith(ratingArb: fc.Arbitrary<number>): fc.Arbitrary<MajorProjectInput> {
  return fc
    .record({
      id,
      product: fc.constantFrom("WorkSpace", "LearningSpace", "workspace", "VDI"),
      seats: fc.nat(2000),
      deadline: calendarDate,
      submission: fc.constantFrom<Submission>("on-time", "deadline-day", "late", "missing"),
      shift: fc.integer({ min: 1, max: 40 }),
      rating: ratingArb,
      lateRating: fc.boolean(),
    })
    .map(({ id, product, seats, deadline, submission, shift, rating, lateRating }): MajorProjectInput => {
      const submittedOn = submission === "missing" ? null : submission === "deadline-day" ? deadline : addDays(deadline, submission === "late" ? shift : -shift);
      const onTime = submission === "on-time" || submission === "deadline-day";
      return onTime || lateRating ? { id, product, seats, deadline, submittedOn, rating } : { id, product, seats, deadline, submittedOn };
    });
}

const OUTCOMES = [
  "very_satisfied",
  "satisfied",
  "neutral",
  "dissatisfied",
  "very_dissatisfied",
  "unreachable",
  "unreachable_after_reminder",
] as const;
const LABELS: Record<(typeof OUTCOMES)[number], string> = {
  very_satisfied: "非常满意",
  satisfied: "满意",
  neutral: "一般",
  dissatisfied: "不满意",
  very_dissatisfied: "非常不满意",
  unreachable: "回访不通",
  unreachable_after_reminder: "提醒后回访不通",
};
/** 三.2.2: points of a completed survey; deduction of a failed one (R2: −5 replaces −2). */
const POINTS: Partial<Record<(typeof OUTCOMES)[number], number>> = { very_satisfied: 25, satisfied: 15, neutral: 10, dissatisfied: 5, very_dissatisfied: 0 };
const DEDUCTION: Partial<Record<(typeof OUTCOMES)[number], number>> = { unreachable: 2, unreachable_after_reminder: 5 };

const surveys: fc.Arbitrary<{ surveys: SatisfactionSurveyInput[]; codes: (typeof OUTCOMES)[number][] }> = fc
  .uniqueArray(fc.record({ projectId: id, code: fc.constantFrom(...OUTCOMES), asLabel: fc.boolean() }), {
    selector: (s) => s.projectId,
    maxLength: 10,
  })
  .map((list) => ({
    surveys: list.map(({ projectId, code, asLabel }) => ({ projectId, outcome: asLabel ? LABELS[code] : code })),
    codes: list.map(({ code }) => code),
  }));

/** A deduction ≥ 0: whole, quarter points, or any double up to the largest amount accepted (1e9). */
const deduction = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.integer({ min: 0, max: 48 }).map((q) => q / 4),
  amountUpTo(20),
  amountUpTo(1e8), // far below the largest amount (1e9), so the monotonicity test can add to it
);
const count = fc.oneof(fc.nat(12), fc.nat(1_000_000));

const repOfficeRecord: fc.Arbitrary<RepOfficeRecord> = fc.record(
  {
    deliveryQualityDeduction: deduction,
    unlicensedWorkCases: count,
    vendorAssistPersonDays: fc.oneof(fc.nat(30).map((h) => h / 2), deduction),
    simpleIssueTickets: count,
    keyEventDeduction: deduction,
  },
  { requiredKeys: [] },
);

const ecrCounts = fc
  .integer({ min: 0, max: 2000 })
  .chain((totalCalls) => fc.record({ simpleCalls: fc.integer({ min: 0, max: totalCalls }), totalCalls: fc.constant(totalCalls) }));
/** A rate in hundredths of a percent (0 … 10000 = 0 % … 100 %). */
const rateHundredths = fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 700, max: 1700 }));
const rateText = (h: number, style: number) =>
  style === 0 ? `${h / 100}%` : style === 1 ? `${(h / 100).toFixed(2)}%` : ` ${h / 100} % `;
const ecrRate = fc
  .record({
    h: rateHundredths,
    style: fc.integer({ min: 0, max: 3 }),
    simpleCalls: fc.option(fc.nat(40), { nil: undefined }),
  })
  .map(({ h, style, simpleCalls }): { calls: EcrInput; h: number } => {
    const rate = style === 3 ? h / 10000 : rateText(h, style);
    return { calls: simpleCalls === undefined ? { rate } : { rate, simpleCalls }, h };
  });
const ecrCalls: fc.Arbitrary<EcrInput> = fc.oneof(
  ecrCounts,
  ecrRate.map(({ calls }) => calls),
  fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }), simpleCalls: fc.option(fc.nat(1000), { nil: undefined }) }),
);

const part = <K extends string>(done: K) =>
  fc.nat(60).chain((required) => fc.record({ required: fc.constant(required), [done]: fc.integer({ min: 0, max: required }) } as Record<"required" | K, fc.Arbitrary<number>>));
const trainingRecord: fc.Arbitrary<TrainingRecord> = fc.record(
  { online: part("completed") as fc.Arbitrary<{ required: number; completed: number }>, offline: part("attended") as fc.Arbitrary<{ required: number; attended: number }> },
  { requiredKeys: [] },
);

/** A valid key event (a major one is a penalty with its date; the quarter is not known here, so any date). */
const keyEvent: fc.Arbitrary<KeyEventInput & { kind: "bonus" | "penalty" }> = fc
  .record({
    id,
    kind: fc.constantFrom("bonus" as const, "penalty" as const),
    cents: fc.nat(5000),
    note: fc.string({ maxLength: 20 }),
    major: fc.option(fc.constantFrom("downgrade" as const, "blacklist" as const), { nil: undefined }),
    date: calendarDate,
  })
  .map(({ id, kind, cents, note, major, date }) => (major === undefined || kind === "bonus" ? { id, kind, points: cents / 100, note } : { id, kind, points: cents / 100, note, major, date }));
/** The key events: each id once. */
const keyEvents = (maxLength: number) => fc.uniqueArray(keyEvent, { selector: (event) => event.id, maxLength });
/** The major projects: each id once. */
const majorProjects = (ratingArb: fc.Arbitrary<number>, maxLength: number) => fc.uniqueArray(majorProjectWith(ratingArb), { selector: (project) => project.id, maxLength });

// ---------------------------------------------------------------------------------------------
// Oracles in hundredths, from the policy text

/** 三.2.4: ≤ 8 % 15 | ≤ 10 % 12 | ≤ 12 % 9 | ≤ 14 % 6 | ≤ 16 % 3 | > 16 % 0, for simple/total = ratio; compared as integers. */
function ecrBandPoints(simple: number, total: number): number {
  if (100 * simple <= 8 * total) return 15;
  if (100 * simple <= 10 * total) return 12;
  if (100 * simple <= 12 * total) return 9;
  if (100 * simple <= 14 * total) return 6;
  if (100 * simple <= 16 * total) return 3;
  return 0;
}

/** Half-up rounding of the non-negative fraction numerator / denominator to whole units. */
const halfUp = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));

// ---------------------------------------------------------------------------------------------

describe("items stay within [0, max] for any valid argument (no negative item score)", () => {
  it("3.2.1 major projects: 0 … 30", () => {
    fc.assert(
      fc.property(majorProjects(rating, 8), (projects) => {
        expectWithin(scoreMajorProjects(projects), 30);
      }),
      RUNS,
    );
  });

  it("3.2.2 satisfaction: 0 … 25", () => {
    fc.assert(
      fc.property(surveys, ({ surveys }) => {
        expectWithin(scoreSatisfaction(surveys), 25);
      }),
      RUNS,
    );
  });

  it("3.2.3 rep office: 0 … 10, also for huge deductions and counts", () => {
    fc.assert(
      fc.property(fc.option(repOfficeRecord, { nil: undefined }), (record) => {
        expectWithin(scoreRepOffice(record), 10);
      }),
      RUNS,
    );
  });

  it("3.2.4 ECR: 0 … 15, by counts or by rate", () => {
    fc.assert(
      fc.property(fc.option(ecrCalls, { nil: undefined }), (calls) => {
        const result = scoreEcr(calls);
        expectWithin(result, 15);
        expect([0, 3, 6, 9, 12, 15]).toContain(result.score);
      }),
      RUNS,
    );
  });

  it("3.2.5 training: 0 … 20, online 0/5/10 + offline 0/3/8/10", () => {
    fc.assert(
      fc.property(fc.option(trainingRecord, { nil: undefined }), (record) => {
        const result = scoreTraining(record);
        expectWithin(result, 20);
        const sums = [0, 5, 10].flatMap((online) => [0, 3, 8, 10].map((offline) => online + offline));
        expect(sums).toContain(result.score);
      }),
      RUNS,
    );
  });
});

describe("items agree with the policy's arithmetic (oracles in whole hundredths)", () => {
  it("3.2.1: mean of on-time ratings (late or missing 0; R5 deadline day on time; R7 plain mean; R1 none → 30), half up", () => {
    const halfPointRating = fc.integer({ min: 0, max: 60 }).map((h) => h / 2);
    fc.assert(
      fc.property(majorProjects(halfPointRating, 9), (projects) => {
        const result = scoreMajorProjects(projects);
        if (projects.length === 0) {
          expect(result.score).toBe(30);
          expect(result.notApplicable).toBe(true);
          return;
        }
        const halves = projects.reduce(
          (sum, p) => sum + (p.submittedOn !== null && p.submittedOn <= p.deadline ? (p.rating ?? 0) * 2 : 0),
          0,
        );
        // mean = halves / (2n) points = 50·halves / n hundredths
        expect(hundredths(result.score)).toBe(halfUp(50 * halves, projects.length));
        expect(result.notApplicable).toBe(false);
      }),
      RUNS,
    );
  });

  it("3.2.2: completed mean − 2 per 回访不通 − 5 per 提醒后回访不通, base 25 without a completed survey, floored at 0, half up", () => {
    fc.assert(
      fc.property(surveys, ({ surveys, codes }) => {
        const result = scoreSatisfaction(surveys);
        if (codes.length === 0) {
          expect(result.score).toBe(25);
          expect(result.notApplicable).toBe(true);
          return;
        }
        const completed = codes.filter((code) => POINTS[code] !== undefined);
        const sum = completed.reduce((s, code) => s + (POINTS[code] ?? 0), 0);
        const deducted = codes.reduce((s, code) => s + (DEDUCTION[code] ?? 0), 0);
        const n = completed.length;
        // score = sum / n − deducted (n = 0: 25 − deducted) = 100·(sum − deducted·n) / n hundredths
        const numerator = n === 0 ? 100 * (25 - deducted) : 100 * (sum - deducted * n);
        const expected = numerator <= 0 ? 0 : n === 0 ? numerator : halfUp(numerator, n);
        expect(hundredths(result.score)).toBe(expected);
        expect(result.notApplicable).toBe(false);
      }),
      RUNS,
    );
  });

  it("3.2.3: 10 − quality − 0.5/case − 0.5/person-day − tickets (≥10 → 3, ≥5 → 1; R6 no adding) − key events, floored at 0", () => {
    const quarterPoints = fc.nat(60).map((q) => q / 4);
    const record = fc.record(
      {
        deliveryQualityDeduction: quarterPoints,
        unlicensedWorkCases: fc.nat(30),
        vendorAssistPersonDays: fc.nat(40).map((h) => h / 2),
        simpleIssueTickets: fc.nat(30),
        keyEventDeduction: quarterPoints,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (r) => {
        const tickets = r.simpleIssueTickets ?? 0;
        const ticketCents = tickets >= 10 ? 300 : tickets >= 5 ? 100 : 0;
        const cents =
          1000 -
          100 * (r.deliveryQualityDeduction ?? 0) -
          50 * (r.unlicensedWorkCases ?? 0) -
          50 * (r.vendorAssistPersonDays ?? 0) -
          ticketCents -
          100 * (r.keyEventDeduction ?? 0);
        const result = scoreRepOffice(r);
        expect(hundredths(result.score)).toBe(Math.max(0, cents));
        expect(result.notApplicable).toBe(false);
      }),
      RUNS,
    );
  });

  it("3.2.4 by counts: ≤ 5 simple calls or no calls → 15, else the band of simple/total compared exactly", () => {
    fc.assert(
      fc.property(ecrCounts, ({ simpleCalls, totalCalls }) => {
        const result = scoreEcr({ simpleCalls, totalCalls });
        const expected = totalCalls === 0 || simpleCalls <= 5 ? 15 : ecrBandPoints(simpleCalls, totalCalls);
        expect(result.score).toBe(expected);
        expect(result.notApplicable).toBe(totalCalls === 0);
      }),
      RUNS,
    );
  });

  it("3.2.4 by rate: the band of the rate; the ≤ 5 rule only when the simple-call count is given", () => {
    fc.assert(
      fc.property(ecrRate, ({ calls, h }) => {
        const simple = "simpleCalls" in calls ? calls.simpleCalls : undefined;
        const expected = simple !== undefined && simple <= 5 ? 15 : ecrBandPoints(h, 10000);
        expect(scoreEcr(calls).score).toBe(expected);
      }),
      RUNS,
    );
  });

  it("3.2.5: online 100 % → 10, ≥ 80 % → 5, else 0; offline ≥ 100 % → 10, ≥ 80 % → 8, ≥ 60 % → 3, else 0; nobody required → full part", () => {
    fc.assert(
      fc.property(trainingRecord, (record) => {
        const on = record.online ?? { required: 0, completed: 0 };
        const off = record.offline ?? { required: 0, attended: 0 };
        const online = on.required === 0 || on.completed === on.required ? 10 : 5 * on.completed >= 4 * on.required ? 5 : 0;
        const offline =
          off.required === 0 || off.attended >= off.required
            ? 10
            : 5 * off.attended >= 4 * off.required
              ? 8
              : 5 * off.attended >= 3 * off.required
                ? 3
                : 0;
        const result = scoreTraining(record);
        expect(result.score).toBe(online + offline);
        expect(result.notApplicable).toBe(on.required === 0 && off.required === 0);
      }),
      RUNS,
    );
  });

  it("3.2.6: adjustment = Σ bonus − Σ penalty", () => {
    fc.assert(
      fc.property(keyEvents(8), (events) => {
        const cents = events.reduce((s, e) => s + (e.kind === "bonus" ? 1 : -1) * Math.round(e.points * 100), 0);
        const result = sumKeyEvents(events);
        expect(hundredths(result.adjustment)).toBe(cents);
        expect(result.clause).toBe("3.2.6");
      }),
      RUNS,
    );
  });
});

describe("monotonicity", () => {
  it("3.2.4: more simple calls (same total, more than 5) never raise the ECR score", () => {
    const pair = fc
      .integer({ min: 6, max: 5000 })
      .chain((totalCalls) =>
        fc
          .tuple(fc.integer({ min: 6, max: totalCalls }), fc.integer({ min: 6, max: totalCalls }))
          .map(([a, b]) => ({ totalCalls, fewer: Math.min(a, b), more: Math.max(a, b) })),
      );
    fc.assert(
      fc.property(pair, ({ totalCalls, fewer, more }) => {
        const low = scoreEcr({ simpleCalls: fewer, totalCalls }).score;
        const high = scoreEcr({ simpleCalls: more, totalCalls }).score;
        expect(high).toBeLessThanOrEqual(low);
      }),
      RUNS,
    );
  });

  it("3.2.4: a higher rate (same simple-call count or none) never raises the ECR score", () => {
    const pair = fc.record({
      a: fc.double({ min: 0, max: 1, noNaN: true }),
      b: fc.double({ min: 0, max: 1, noNaN: true }),
      simpleCalls: fc.option(fc.nat(40), { nil: undefined }),
    });
    fc.assert(
      fc.property(pair, ({ a, b, simpleCalls }) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const low = scoreEcr({ rate: lower, simpleCalls }).score;
        const high = scoreEcr({ rate: higher, simpleCalls }).score;
        expect(high).toBeLessThanOrEqual(low);
      }),
      RUNS,
    );
  });

  it("3.2.5: more online completions or offline attendees (same required) never lower the training score", () => {
    const step = fc.nat(60).chain((required) =>
      fc
        .tuple(fc.integer({ min: 0, max: required }), fc.integer({ min: 0, max: required }))
        .map(([a, b]) => ({ required, fewer: Math.min(a, b), more: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(trainingRecord, step, fc.boolean(), (record, { required, fewer, more }, online) => {
        const build = (done: number): TrainingRecord =>
          online ? { ...record, online: { required, completed: done } } : { ...record, offline: { required, attended: done } };
        expect(scoreTraining(build(more)).score).toBeGreaterThanOrEqual(scoreTraining(build(fewer)).score);
      }),
      RUNS,
    );
  });

  it("3.2.3: more of any rep-office deduction never raises the score", () => {
    const field = fc.constantFrom(
      "deliveryQualityDeduction",
      "unlicensedWorkCases",
      "vendorAssistPersonDays",
      "simpleIssueTickets",
      "keyEventDeduction",
    ) satisfies fc.Arbitrary<keyof RepOfficeRecord>;
    fc.assert(
      fc.property(repOfficeRecord, field, fc.oneof(fc.nat(20), amountUpTo(50)), (record, key, extra) => {
        const whole = key === "unlicensedWorkCases" || key === "simpleIssueTickets";
        const increment = whole ? Math.ceil(extra) : extra;
        // the sum of two amounts of 6 decimals, held as one (binary addition may add a digit: 0.1 + 0.2)
        const more: RepOfficeRecord = { ...record, [key]: Math.round(((record[key] ?? 0) + increment) * 1e6) / 1e6 };
        expect(scoreRepOffice(more).score).toBeLessThanOrEqual(scoreRepOffice(record).score);
      }),
      RUNS,
    );
  });
});

describe("determinism and purity: same argument → deep-equal result; the argument is never written", () => {
  it("scoreMajorProjects", () => {
    fc.assert(fc.property(majorProjects(rating, 6), (projects) => stable(projects, (p) => scoreMajorProjects(p))), RUNS);
  });

  it("scoreSatisfaction", () => {
    fc.assert(fc.property(surveys, ({ surveys }) => stable(surveys, (s) => scoreSatisfaction(s))), RUNS);
  });

  it("scoreRepOffice", () => {
    fc.assert(fc.property(repOfficeRecord, (record) => stable(record, (r) => scoreRepOffice(r))), RUNS);
  });

  it("scoreEcr", () => {
    fc.assert(fc.property(ecrCalls, (calls) => stable(calls, (c) => scoreEcr(c))), RUNS);
  });

  it("scoreTraining", () => {
    fc.assert(fc.property(trainingRecord, (record) => stable(record, (r) => scoreTraining(r))), RUNS);
  });

  it("sumKeyEvents", () => {
    fc.assert(fc.property(keyEvents(6), (events) => stable(events, (e) => sumKeyEvents(e))), RUNS);
  });
});
