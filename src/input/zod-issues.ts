import type { z } from "zod";
import { en, zhCN } from "zod/locales";
import type { IssueDraft } from "../errors/assessment-input-error.js";
import type { Bilingual } from "../messages/bilingual.js";
import { inputMessages } from "../messages/input.js";

// zod's own messages in both languages, used per issue: zod's global config is never touched.
const english = en().localeError;
const chinese = zhCN().localeError;

/** Messages for the library's refinements that carry only a code (the value comes from the issue). */
const CODE_MESSAGES: Readonly<Record<string, (input: unknown) => Bilingual>> = {
  NOT_CALENDAR_DATE: inputMessages.notCalendarDate,
  NOT_QUARTER: inputMessages.notQuarter,
};

function localeText(map: typeof english, issue: z.core.$ZodIssue): string {
  const result = map(issue as unknown as z.core.$ZodRawIssue);
  return typeof result === "string" ? result : (result?.message ?? issue.message);
}

/**
 * A zod issue as the library's issue: its path, a stable code, and a message in zh and en.
 * The issue must carry its `input` (zod's reportInput, or looked up by the caller) so the messages can name
 * the value received.
 *
 * @example toIssueDraft({ code: "invalid_type", expected: "number", input: "x", path: ["seats"], message: "…" }).message.zh;
 */
export function toIssueDraft(issue: z.core.$ZodIssue): IssueDraft {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  if (issue.code === "custom") {
    const params = (issue.params ?? {}) as { code?: string; message?: Bilingual };
    const code = params.code ?? "custom";
    const message = params.message ?? CODE_MESSAGES[code]?.(issue.input) ?? { zh: issue.message, en: issue.message };
    return { path, code, message };
  }
  if (issue.code === "invalid_type" && typeof issue.input === "number" && !Number.isFinite(issue.input)) {
    // zod's zh-CN text for Infinity reads "expected a number, received a number"
    return { path, code: issue.code, message: inputMessages.notFinite(issue.input) };
  }
  return { path, code: issue.code, message: { zh: localeText(chinese, issue), en: localeText(english, issue) } };
}
