import type * as z from "../zod.js";
import type { IssueDraft } from "../errors/assessment-input-error.js";
import type { LibraryParams } from "./library-issues.js";

/**
 * zod's issues as the library's: a stable code, the path, and a sentence in both languages. Every
 * input schema writes its issues in the library's words (see `library-issues.ts`); an unknown-keys
 * issue becomes one issue per key, at the key.
 *
 * @example toIssueDrafts(ecrSchema().safeParse({ simpleCalls: 4, totalCalls: 50, rates: 1 }).error.issues[0])[0].path; // ["rates"]
 */
export function toIssueDrafts(issue: z.core.$ZodIssue): IssueDraft[] {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const params = (issue as { params?: Partial<LibraryParams> }).params;
  if (params?.code === undefined || params.message === undefined) {
    // No input schema raises such an issue; should one appear, zod's words are kept.
    return [{ path, code: "invalid_value", message: { zh: issue.message, en: issue.message } }];
  }
  if (params.keys !== undefined) return params.keys.map(({ key, message }) => ({ path: [...path, key], code: params.code as LibraryParams["code"], message }));
  return [{ path, code: params.code, message: params.message }];
}
