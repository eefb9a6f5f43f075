import * as z from "../zod.js";
import { type Assessment, assessQuarter } from "../assessment/assess.js";
import { AssessmentInputError, type IssueDraft } from "../errors/assessment-input-error.js";
import { issueMessage } from "../errors/issue-message.js";
import { listOf, strictFields } from "../input/fields.js";
import { inLibraryWords, report } from "../input/library-issues.js";
import { field, type FieldWords } from "../input/registry.js";
import { parseWith } from "../input/parse.js";
import { policyFor } from "../input/policy-for.js";
import { ITEMS, type ItemKey } from "../items.js";
import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import type { VerdictState } from "../messages/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import { exactMinus, roundHalfUp } from "../numbers/exact.js";
import type { Verdict } from "../verdict/verdict.js";
import type { HeadroomOptions } from "./assessed.js";
import { type JsonValue, pointerTokens, valueAt, withValueAt } from "./json-pointer.js";

/** One change of a what-if: a JSON Pointer into the input and the value to put there. */
export interface WhatIfChange {
  readonly path: string;
  readonly to: JsonValue;
}

/** A figure before and after the changes, and after − before. */
export interface Difference {
  readonly before: number;
  readonly after: number;
  readonly difference: number;
}

/** The verdict before and after, and whether it changed (its outcome or any of its reasons). */
export interface VerdictChange {
  readonly before: VerdictState;
  readonly after: VerdictState;
  /** The reasons as `CODE` or `ITEM_ZERO:item` / `MAJOR_KEY_EVENT:id`. */
  readonly reasonsBefore: readonly string[];
  readonly reasonsAfter: readonly string[];
  readonly changed: boolean;
  readonly message: Bilingual;
}

/** What {@link whatIf} gives. */
export interface WhatIf {
  readonly changes: readonly { readonly path: string; readonly from: unknown; readonly to: JsonValue }[];
  readonly before: Assessment;
  readonly after: Assessment;
  readonly items: Readonly<Record<ItemKey, Difference>>;
  readonly keyEventAdjustment: Difference;
  readonly total: Difference;
  readonly verdict: VerdictChange;
}

/** Whether a value is one JSON can hold (what a change may put into the input). */
function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(isJsonValue);
}

const WORDS = {
  changes: { label: { zh: "改动", en: "changes" }, description: { zh: "依次应用的改动列表:[{ path, to }]", en: "The changes, applied in order: [{ path, to }]" } },
  path: { label: { zh: "改动位置", en: "path" }, description: { zh: "指向输入中某个值的 JSON Pointer,如 /ecr/simpleCalls", en: "A JSON Pointer to a value of the input, e.g. /ecr/simpleCalls" } },
  to: { label: { zh: "新值", en: "new value" }, description: { zh: "放到该位置的 JSON 值", en: "The JSON value to put there" } },
} as const satisfies Record<string, FieldWords>;

/** The changes' schema, with its arguments' paths under `changes`: each a pointer (text) and a JSON value. */
const ChangesSchema = /* @__PURE__ */ strictFields({
  changes: field(
    listOf(
      strictFields({
        path: field(z.string({ error: inLibraryWords }), WORDS.path),
        to: field(
          z.custom<JsonValue>(() => true).superRefine((value, ctx) => {
            if (!isJsonValue(value)) report(ctx, "NOT_JSON_VALUE", { value });
          }),
          WORDS.to,
        ),
      }),
    ),
    WORDS.changes,
  ),
});

function stateOf(verdict: Verdict): VerdictState {
  return verdict.blacklist ? "blacklist" : verdict.downgrade ? "downgrade" : "keep";
}

function reasonKeys(verdict: Verdict): string[] {
  return verdict.reasons.map((reason) => (reason.code === "ITEM_ZERO" ? `ITEM_ZERO:${reason.item}` : reason.code === "MAJOR_KEY_EVENT" ? `MAJOR_KEY_EVENT:${reason.eventId}` : reason.code));
}

function difference(before: number, after: number, decimals: number): Difference {
  return { before, after, difference: roundHalfUp(exactMinus(after, before), decimals) };
}

/**
 * Applies the changes in order to a copy of the input (each must name a value that is there, or a new
 * member of an object that is there), or throws {@link AssessmentInputError} with every bad change
 * (paths `changes/<n>/…`).
 */
function applyChanges(input: unknown, changes: unknown): { changed: unknown; applied: WhatIf["changes"] } {
  const parsed = parseWith(ChangesSchema, { changes }).changes;
  const issues: IssueDraft[] = [];
  let changed = input;
  const applied = parsed.map(({ path, to }, index) => {
    const tokens = pointerTokens(path);
    const where = ["changes", index, "path"];
    if (tokens === undefined) {
      issues.push({ path: where, code: "NOT_POINTER", message: issueMessage("NOT_POINTER", { value: path }) });
      return { path, from: undefined, to };
    }
    const from = valueAt(changed, tokens);
    const next = withValueAt(changed, tokens, to);
    if (next === undefined) issues.push({ path: where, code: "POINTER_NOT_FOUND", message: issueMessage("POINTER_NOT_FOUND", { pointer: path }) });
    else changed = next;
    return { path, from, to };
  });
  if (issues.length > 0) throw new AssessmentInputError(issues);
  return { changed, applied };
}

/**
 * Both assessments, before and after a list of changes (`[{ path, to }]`, JSON Pointers into the
 * input), and the difference item by item, in the key-event adjustment and in the total, with any
 * change of verdict. The input is not changed. Bad input, a bad change, or a change that makes the
 * input invalid throws {@link AssessmentInputError}.
 *
 * @example whatIf({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 9, totalCalls: 120 } }, [{ path: "/ecr/simpleCalls", to: 10 }]).items.ecr; // { before: 15, after: 12, difference: -3 }
 */
export function whatIf(input: unknown, changes: readonly WhatIfChange[], options: HeadroomOptions = {}): WhatIf {
  const before = assessQuarter(input, options);
  const { changed, applied } = applyChanges(input, changes);
  const after = assessQuarter(changed, options);
  // The differences of figures rounded to the policy's decimals (the policy both assessments used).
  const decimals = (options.policy ?? policyFor(before.quarter)).rounding.decimals.value;
  const items = Object.fromEntries(ITEMS.map(({ key }) => [key, difference(before.items[key].score, after.items[key].score, decimals)])) as Record<ItemKey, Difference>;
  const state = { before: stateOf(before.verdict), after: stateOf(after.verdict) };
  const reasonsBefore = reasonKeys(before.verdict);
  const reasonsAfter = reasonKeys(after.verdict);
  const changedVerdict = state.before !== state.after || reasonsBefore.join() !== reasonsAfter.join();
  return {
    changes: applied,
    before,
    after,
    items,
    keyEventAdjustment: difference(before.keyEventAdjustment, after.keyEventAdjustment, decimals),
    total: difference(before.total, after.total, decimals),
    verdict: { ...state, reasonsBefore, reasonsAfter, changed: changedVerdict, message: both(zhHeadroom, enHeadroom, "whatIfVerdict", state) },
  };
}
