import { Decimal } from "decimal.js";
import * as z from "../zod.js";
import { ALWAYS, count, isCount, strictFields } from "./fields.js";
import { report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";

const WORDS = {
  record: {
    label: { zh: "400 来电", en: "400-hotline calls" },
    description: {
      zh: "本季度拨打 400 热线的来电数(simpleCalls 与 totalCalls),或 ECR 比例 rate(可另给 simpleCalls)(三.2.4)",
      en: "The quarter's calls to the 400 hotline as counts (simpleCalls and totalCalls), or the ECR as a rate (with simpleCalls if known) (3.2.4)",
    },
  },
  simpleCalls: { label: { zh: "简单问题来电数", en: "simple calls" }, description: { zh: "400 来电中的简单问题数", en: "Simple-question calls among the 400-hotline calls" } },
  totalCalls: { label: { zh: "来电总数", en: "all calls" }, description: { zh: "本季度 400 来电总数", en: "All calls to the 400 hotline this quarter" } },
  rate: {
    label: { zh: "ECR 比例", en: "ECR rate" },
    description: { zh: '简单问题占比:0 到 1 的数,或带百分号的文本 "9.5%"', en: 'The simple-question ratio: a number from 0 to 1, or text with a percent sign such as "9.5%"' },
  },
} as const satisfies Record<string, FieldWords>;


const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/;
// A longer rate is no real figure, and its exact comparison would cost more than it is worth.
const LONGEST_RATE = 32;

/**
 * A rate as an exact decimal between 0 and 1: a number (0.095) or a percentage string ("9.5%",
 * "9.5％"). Undefined for anything else, including a string without a percent sign (is "9.5" 9.5 %
 * or 950 %?).
 *
 * @example parseRate("9.5%"); // "0.095"
 * @example parseRate(0.095); // "0.095"
 * @example parseRate("9.5"); // undefined
 */
export function parseRate(rate: unknown): string | undefined {
  let value: Decimal | undefined;
  if (typeof rate === "number") value = Number.isFinite(rate) ? new Decimal(rate) : undefined;
  else if (typeof rate === "string" && rate.length <= LONGEST_RATE) {
    const digits = PERCENT.exec(rate)?.[1];
    value = digits === undefined ? undefined : new Decimal(digits).dividedBy(100);
  }
  return value !== undefined && value.greaterThanOrEqualTo(0) && value.lessThanOrEqualTo(1) ? value.toFixed() : undefined;
}

const rate = field(
  // Any value passes zod's own test; the check says what a rate is, whatever was sent.
  z.custom<number | string>(() => true).superRefine((value, ctx) => {
    if (parseRate(value) === undefined) report(ctx, "NOT_RATE", { received: value });
  }),
  WORDS.rate,
  { anyOf: [{ type: "number", minimum: 0, maximum: 1 }, { type: "string", pattern: PERCENT.source, maxLength: LONGEST_RATE }] },
);

/** The quarter's calls by counts. */
export interface EcrCounts {
  readonly simpleCalls: number;
  readonly totalCalls: number;
}

/** The quarter's ECR as an exact rate ("0.095"), with the simple-call count where known. */
export interface EcrRate {
  readonly rate: string;
  readonly simpleCalls: number | undefined;
}

/**
 * The quarter's 400-hotline calls (三.2.4): counts, or a rate with the simple-call count where known.
 * A missing figure is named; counts and a rate at once, or more simple calls than calls, are refused.
 *
 * @example ecrSchema().safeParse({ simpleCalls: 4 }).success; // false: ECR_FIELD_MISSING totalCalls
 * @example ecrSchema().parse({ rate: "9.5%" }); // { rate: "0.095", simpleCalls: undefined }
 */
export function ecrSchema() {
  const shape = strictFields({
    simpleCalls: count("simpleCalls", WORDS.simpleCalls).optional(),
    totalCalls: count("totalCalls", WORDS.totalCalls).optional(),
    rate: rate.optional(),
  })
    .superRefine((value, ctx) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return;
      const given = (key: string) => Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] !== undefined;
      const [simple, total, byRate] = [given("simpleCalls"), given("totalCalls"), given("rate")];
      if (byRate && total) report(ctx, "RATE_OR_COUNTS", {});
      else if (!byRate && !total) report(ctx, "ECR_FIELD_MISSING", { missing: simple ? "totalCalls" : "counts-or-rate" }, simple ? ["totalCalls"] : []);
      else if (total && !simple) report(ctx, "ECR_FIELD_MISSING", { missing: "simpleCalls" }, ["simpleCalls"]);
      else if (total && simple) {
        const { simpleCalls, totalCalls } = value as { simpleCalls: unknown; totalCalls: unknown };
        if (isCount(simpleCalls) && isCount(totalCalls) && simpleCalls > totalCalls) {
          report(ctx, "SIMPLE_ABOVE_TOTAL", { simpleCalls, totalCalls }, ["simpleCalls"]);
        }
      }
    }, ALWAYS)
    .transform(({ simpleCalls, totalCalls, rate: given }): EcrCounts | EcrRate =>
      given === undefined ? { simpleCalls: simpleCalls as number, totalCalls: totalCalls as number } : { rate: parseRate(given) as string, simpleCalls },
    );
  field(shape.in, WORDS.record);
  return shape;
}

/** The ECR record as the rules read it. */
export type EcrCalls = EcrCounts | EcrRate;
/** The ECR record as a caller gives it. */
export type EcrInput = z.input<ReturnType<typeof ecrSchema>>;
