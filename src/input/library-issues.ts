import { distance } from "fastest-levenshtein";
import type * as z from "../zod.js";
import { issueMessage } from "../errors/issue-message.js";
import type { Bilingual } from "../messages/bilingual.js";
import type { ExpectedKind, FieldName, IssueCode, IssueFigures } from "../messages/issues.js";
import { FIELDS } from "./registry.js";

/**
 * Every problem of an input as the library's issue: a stable code, and the sentence in both
 * languages in `params` (the English one is also zod's `message`). The library's own checks raise
 * such issues ({@link report}); zod's own kinds (a wrong type, a missing or unknown key, a value
 * outside a list, a list too long) are written so by {@link inLibraryWords}, the error map every
 * input schema is built with. So whoever parses with an exported schema reads the same code and
 * sentence as the library's error lists.
 */

/** What a library issue carries in zod's `params`. */
export interface LibraryParams {
  readonly code: IssueCode;
  readonly message: Bilingual;
  /** An unknown-keys issue: the problem of each unknown key (the library lists one per key). */
  readonly keys?: readonly { readonly key: string; readonly message: Bilingual }[];
}

/**
 * A library issue raised from a check: zod's issue message is the English sentence, and the issue
 * carries the library's code and both sentences in `params`.
 *
 * @example libraryIssue("RATING_ABOVE_MAX", { rating: 31, max: 30 }, ["rating"]).message; // "rating 31 is above the maximum 30"
 */
export function libraryIssue<C extends IssueCode>(code: C, figures: IssueFigures[C], path: readonly (string | number)[] = [], input?: unknown): z.core.$ZodRawIssue {
  const message = issueMessage(code, figures);
  const params: LibraryParams = { code, message };
  return { code: "custom", path: [...path], message: message.en, params, input };
}

type Ctx = z.core.$RefinementCtx<unknown>;

/** Reports a library issue from a superRefine. */
export function report<C extends IssueCode>(ctx: Ctx, code: C, figures: IssueFigures[C], path: readonly (string | number)[] = []): void {
  ctx.addIssue(libraryIssue(code, figures, path) as Parameters<Ctx["addIssue"]>[0]);
}

/** The known key nearest to a misspelled one, when it is near enough to be meant (a third of its length, at least 2 edits). */
function nearestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const edits = distance(key.toLowerCase(), candidate.toLowerCase());
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return best;
}

const EXPECTED = new Set<ExpectedKind>(["number", "string", "boolean", "object", "array", "null"]);

type RawIssue = z.core.$ZodRawIssue & { inst?: z.core.$ZodType | z.core.$ZodCheck; schema?: z.core.$ZodType; params?: unknown };

/**
 * The field an issue is about: the last key of its path (an element's index as `[i]`), named by the
 * words of the schema that raised it (a check's issue: the schema it checks).
 */
function fieldOf(issue: RawIssue): FieldName | null {
  const key = issue.path?.at(-1);
  const schema = (issue.schema ?? issue.inst) as z.ZodType | undefined;
  const meta = schema === undefined ? undefined : FIELDS.get(schema);
  if (typeof key === "string") return { key, label: meta?.label ?? { zh: key, en: key } };
  if (typeof key === "number" && meta !== undefined) return { key: `[${key}]`, label: meta.label };
  return null;
}

/** zod's issue in the library's words: its code and sentence (for an unknown-keys issue, one per key). */
function libraryParamsOf(issue: RawIssue): LibraryParams | undefined {
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED.has(issue.expected as ExpectedKind) ? (issue.expected as ExpectedKind) : "value";
      return { code: "invalid_type", message: issueMessage("invalid_type", { field: fieldOf(issue), expected, received: issue.input }) };
    }
    case "unrecognized_keys": {
      const known = Object.keys((issue.inst as z.core.$ZodType | undefined)?._zod.def.type === "object" ? ((issue.inst as z.core.$ZodObject)._zod.def.shape ?? {}) : {});
      const keys = issue.keys.map((key) => ({ key, message: issueMessage("unrecognized_keys", { key, suggestion: nearestKey(key, known), known }) }));
      const message = { zh: keys.map((each) => each.message.zh).join(";"), en: keys.map((each) => each.message.en).join("; ") };
      return { code: "unrecognized_keys", message, keys };
    }
    case "invalid_value":
      return { code: "invalid_value", message: issueMessage("invalid_value", { field: fieldOf(issue), received: issue.input, accepted: issue.values.map(String) }) };
    case "custom": {
      // A choice or a flag (z.custom) failed its test: its JSON Schema's enum says what it accepts.
      const accepted = ((FIELDS.get(issue.inst as z.ZodType)?.json?.["enum"] as unknown[] | undefined) ?? []).map(String);
      return { code: "invalid_value", message: issueMessage("invalid_value", { field: fieldOf(issue), received: issue.input, accepted }) };
    }
    case "too_big":
      if (issue.origin !== "array") return undefined;
      return { code: "TOO_MANY_ENTRIES", message: issueMessage("TOO_MANY_ENTRIES", { field: fieldOf(issue), count: (issue.input as unknown[]).length, max: Number(issue.maximum) }) };
    default:
      return undefined;
  }
}

/**
 * The error map of every input schema: writes zod's own kinds of issue in the library's words (its
 * code and both sentences into the issue's `params`) and gives zod the English sentence.
 *
 * @example strictFields({ seats: count("seats", { label: { zh: "点数", en: "seats" } }) }).safeParse({}).error?.issues[0]?.message; // "the field seats (seats) is missing"
 */
export function inLibraryWords(issue: z.core.$ZodRawIssue): string | undefined {
  const params = libraryParamsOf(issue as RawIssue);
  if (params === undefined) return undefined;
  // The one place the library writes into zod's issue: its own params, read back by the parse.
  (issue as RawIssue).params = params;
  return params.message.en;
}
