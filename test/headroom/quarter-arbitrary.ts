import fc from "fast-check";

/**
 * Valid partner-quarters (docs/input.md) for the headroom properties: every section sometimes left out,
 * counts small enough that a brute-force scan of each lever stays fast, and the awkward values the
 * policy has edges for (ratings and deductions off the half-point grid, rates as numbers and as
 * percent strings, outcomes as codes and as Chinese labels, reports on the deadline day, late with
 * and without a rating, missing).
 */

const OUTCOMES = [
  "very_satisfied",
  "satisfied",
  "neutral",
  "dissatisfied",
  "very_dissatisfied",
  "unreachable",
  "unreachable_after_reminder",
  "非常满意",
  "满意",
  "一般",
  "不满意",
  "非常不满意",
  "回访不通",
  "提醒后回访不通",
];

export const DEADLINE = "2024-09-20";
const ON_TIME = ["2024-09-10", "2024-09-19", "2024-09-20"];
const LATE = ["2024-09-21", "2024-09-24"];

/** A rating or a deduction: whole, half points, or tenths (off the half-point grid). */
const points = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.integer({ min: 0, max: max * 2 }).map((half) => half / 2),
    fc.integer({ min: 0, max: max * 10 }).map((tenth) => tenth / 10),
  );

const project = fc
  .record({
    status: fc.constantFrom("onTime", "late", "missing"),
    day: fc.nat({ max: 2 }),
    seats: fc.constantFrom(150, 200, 320, 480),
    rating: points(30),
    keepRating: fc.boolean(),
  })
  .map(({ status, day, seats, rating, keepRating }) => {
    const submittedOn = status === "onTime" ? (ON_TIME[day] as string) : status === "late" ? (LATE[day % 2] as string) : null;
    const withRating = status === "onTime" || keepRating;
    return { product: "WorkSpace", seats, deadline: DEADLINE, submittedOn, ...(withRating ? { rating } : {}) };
  });

const repOffice = fc.record(
  {
    deliveryQualityDeduction: points(6),
    unlicensedWorkCases: fc.nat({ max: 24 }),
    vendorAssistPersonDays: fc.oneof(fc.nat({ max: 40 }).map((half) => half / 2), fc.nat({ max: 200 }).map((tenth) => tenth / 10)),
    simpleIssueTickets: fc.nat({ max: 14 }),
    keyEventDeduction: points(4),
  },
  { requiredKeys: [] },
);

const ecr = fc.oneof(
  fc.nat({ max: 250 }).chain((totalCalls) => fc.nat({ max: totalCalls }).map((simpleCalls) => ({ simpleCalls, totalCalls }))),
  fc.record({ simpleCalls: fc.nat({ max: 9 }), totalCalls: fc.integer({ min: 40, max: 160 }) }).map(({ simpleCalls, totalCalls }) => ({ simpleCalls, totalCalls })),
  fc.record(
    {
      rate: fc.oneof(
        fc.nat({ max: 300 }).map((thousandths) => thousandths / 1000),
        fc.nat({ max: 3000 }).map((tenThousandths) => `${tenThousandths / 100}%`),
        fc.constantFrom(0.08, "10%", "12.5%", 0.16, 0.1601, 0.09537),
      ),
      simpleCalls: fc.nat({ max: 9 }),
    },
    { requiredKeys: ["rate"] },
  ),
);

const part = <K extends string>(done: K) =>
  fc.nat({ max: 15 }).chain((required) => fc.nat({ max: required }).map((count) => ({ required, [done]: count }) as { required: number } & Record<K, number>));

const training = fc.record({ online: part("completed"), offline: part("attended") }, { requiredKeys: [] });

const keyEvent = fc.record({ kind: fc.constantFrom("bonus", "penalty"), points: points(4) });

/** A valid partner-quarter for the 2024 policy. */
export const quarterArbitrary = fc
  .record(
    {
      majorProjects: fc.array(project, { maxLength: 4 }),
      satisfaction: fc.array(fc.constantFrom(...OUTCOMES), { maxLength: 5 }),
      repOffice,
      ecr,
      training,
      keyEvents: fc.array(keyEvent, { maxLength: 2 }),
      flags: fc.record({ customerInfoFalsified: fc.boolean() }),
    },
    { requiredKeys: [] },
  )
  .map((sections) => ({
    partner: { id: "P-0001" },
    quarter: "2024-Q3",
    ...sections,
    ...(sections.majorProjects ? { majorProjects: sections.majorProjects.map((p, index) => ({ id: `MP-${index}`, ...p })) } : {}),
    ...(sections.satisfaction ? { satisfaction: sections.satisfaction.map((outcome, index) => ({ projectId: `MP-${index}`, outcome })) } : {}),
    ...(sections.keyEvents ? { keyEvents: sections.keyEvents.map((event, index) => ({ id: `KE-${index}`, note: "事件", ...event })) } : {}),
  }));
