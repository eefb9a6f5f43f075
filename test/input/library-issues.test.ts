import { describe, expect, it } from "vitest";
import { choice, count, listOf, oneOf, strictFields, text } from "../../src/input/fields.js";
import type { LibraryParams } from "../../src/input/library-issues.js";

// zod's own kinds of issue (a wrong type, a missing or unknown key, a value outside a list, a list
// too long) in the library's words: every input schema is built with the error map `inLibraryWords`,
// which writes the library's code and both sentences into the issue's `params` and gives zod the
// English sentence as `message`. The expected sentences are written here from the sentence tables
// (messages/en/issues.ts, messages/zh/issues.ts), field by field.

const SEATS = { label: { zh: "点数", en: "seats" } };
const NOTE = { label: { zh: "备注", en: "note" } };
const KIND = { label: { zh: "类型", en: "kind" } };

/** The only issue of a failed parse, with the library's params. */
function onlyIssue(result: { success: boolean; error?: { issues: readonly { code: string; message: string; path: readonly PropertyKey[]; params?: unknown }[] } }) {
  expect(result.success).toBe(false);
  const issues = result.error?.issues ?? [];
  expect(issues).toHaveLength(1);
  const issue = issues[0] as (typeof issues)[number];
  return { ...issue, params: issue.params as LibraryParams | undefined };
}

describe("input validation: zod's own issues carry the library's code and both sentences", () => {
  it("a missing field is invalid_type: 'the field seats (seats) is missing' / '缺少必填字段“点数”(seats)'", () => {
    const issue = onlyIssue(strictFields({ seats: count("seats", SEATS) }).safeParse({}));
    expect(issue.path).toEqual(["seats"]);
    expect(issue.params).toEqual({ code: "invalid_type", message: { zh: "缺少必填字段“点数”(seats)", en: "the field seats (seats) is missing" } });
    expect(issue.message).toBe("the field seats (seats) is missing");
  });

  it("a value of the wrong type names the kind expected and the kind and value received", () => {
    const issue = onlyIssue(strictFields({ note: text("note", NOTE, 10) }).safeParse({ note: 5 }));
    expect(issue.params).toEqual({
      code: "invalid_type",
      message: { zh: "“备注”(note)应为文本,收到数字 5", en: "note (note): expected text, received number 5" },
    });
  });

  it("null where text belongs: 'received null'", () => {
    const issue = onlyIssue(strictFields({ note: text("note", NOTE, 10) }).safeParse({ note: null }));
    expect(issue.params?.message).toEqual({ zh: "“备注”(note)应为文本,收到 null", en: "note (note): expected text, received null" });
  });

  it("each unknown key has its own sentence: the nearest known key when near enough (seat → seats), else the known keys", () => {
    const schema = strictFields({ seats: count("seats", SEATS), product: text("product", { label: { zh: "产品", en: "product" } }, 50) });
    const issue = onlyIssue(schema.safeParse({ seats: 1, product: "WorkSpace", seat: 2, colour: "red" }));
    const seat = { zh: "未知的字段“seat”;是否应为“seats”?", en: 'unknown field "seat"; did you mean "seats"?' };
    const colour = { zh: "未知的字段“colour”;可用的字段:seats、product", en: 'unknown field "colour"; known fields: seats, product' };
    expect(issue.params).toEqual({
      code: "unrecognized_keys",
      message: { zh: `${seat.zh};${colour.zh}`, en: `${seat.en}; ${colour.en}` },
      keys: [
        { key: "seat", message: seat },
        { key: "colour", message: colour },
      ],
    });
  });

  it("a code outside its list is invalid_value with the accepted codes (oneOf)", () => {
    const issue = onlyIssue(strictFields({ kind: oneOf(["new", "renewal"]) }).safeParse({ kind: "renew" }));
    expect(issue.params).toEqual({
      code: "invalid_value",
      message: { zh: '“kind”(kind)的值 "renew" 不可用;可用的值:new、renewal', en: 'kind (kind): "renew" is not accepted; accepted: new, renewal' },
    });
  });

  it("a word outside a choice is invalid_value with every accepted word, Chinese ones too", () => {
    const issue = onlyIssue(strictFields({ kind: choice(KIND, { bonus: "bonus", 加分: "bonus" }) }).safeParse({ kind: "plus" }));
    expect(issue.params).toEqual({
      code: "invalid_value",
      message: { zh: '“类型”(kind)的值 "plus" 不可用;可用的值:bonus、加分', en: 'kind (kind): "plus" is not accepted; accepted: bonus, 加分' },
    });
  });

  it("a list longer than its maximum is TOO_MANY_ENTRIES: 3 entries, at most 2", () => {
    const issue = onlyIssue(strictFields({ seats: listOf(count("seats", SEATS), 2) }).safeParse({ seats: [1, 2, 3] }));
    expect(issue.params).toEqual({ code: "TOO_MANY_ENTRIES", message: { zh: "“seats”(seats)有 3 项,最多 2 项", en: "seats (seats) holds 3 entries, at most 2" } });
  });

  it("a kind the library has no words for keeps zod's own sentence and carries no params", () => {
    const issue = onlyIssue(listOf(count("seats", SEATS)).min(1).safeParse([]));
    expect(issue.code).toBe("too_small");
    expect(issue.params).toBeUndefined();
    expect(issue.message).toMatch(/>=1/);
  });
});
