import { type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { Bilingual } from "../messages/bilingual.js";
import type { JsonSyntaxProblem } from "../messages/files.js";
import { enFiles } from "../messages/en/files.js";
import { both } from "../messages/bilingual.js";
import { zhFiles } from "../messages/zh/files.js";

// jsonc-parser's error codes by name (its enum is a const enum, out of reach of an isolated build).
const PROBLEMS: Readonly<Record<string, JsonSyntaxProblem>> = {
  InvalidSymbol: "UNEXPECTED_CHARACTER",
  InvalidNumberFormat: "BAD_NUMBER",
  PropertyNameExpected: "PROPERTY_NAME_EXPECTED",
  ValueExpected: "VALUE_EXPECTED",
  ColonExpected: "COLON_EXPECTED",
  CommaExpected: "COMMA_EXPECTED",
  CloseBraceExpected: "CLOSE_BRACE_EXPECTED",
  CloseBracketExpected: "CLOSE_BRACKET_EXPECTED",
  EndOfFileExpected: "END_EXPECTED",
  InvalidCommentToken: "COMMENT",
  UnexpectedEndOfComment: "COMMENT",
  UnexpectedEndOfString: "UNTERMINATED_STRING",
  UnexpectedEndOfNumber: "BAD_NUMBER",
  InvalidUnicode: "BAD_ESCAPE",
  InvalidEscapeCharacter: "BAD_ESCAPE",
  InvalidCharacter: "CONTROL_CHARACTER",
};

/** The JSON text's value, or what is wrong with it and where, in both languages. */
export type JsonText = { readonly value: unknown } | { readonly problem: Bilingual };

/**
 * Reads a JSON text as people save it: a UTF-8 byte-order mark at the start is skipped. When the text
 * is not JSON, the problem says what is wrong and at which line and column (jsonc-parser locates it;
 * JSON.parse decides, so what is accepted is exactly JSON).
 *
 * @example readJsonText('\uFEFF{"a":1}'); // { value: { a: 1 } }
 * @example readJsonText('{"a":1,}').problem.en; // "JSON syntax error at line 1, column 8, at \"}\": a key in double quotes is expected (JSON allows no comma before } and no unquoted key)"
 */
export function readJsonText(text: string): JsonText {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) };
  } catch {
    return { problem: jsonSyntaxProblem(body) };
  }
}

/** Where and what the first syntax error of a text that JSON.parse refused is. */
function jsonSyntaxProblem(text: string): Bilingual {
  if (text.trim() === "") return both(zhFiles, enFiles, "JSON_SYNTAX", { problem: "EMPTY", line: 1, column: 1, found: null });
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  // Should jsonc-parser accept a text JSON.parse refuses, the problem is "not valid JSON", at the start.
  const offset = first?.offset ?? 0;
  const afterValue = root !== undefined && offset >= root.offset + root.length && offset < text.length;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  const found = offset < text.length ? ([...text.slice(offset, offset + 12).split(/\r|\n/)[0] ?? ""].slice(0, 10).join("") || null) : null;
  return both(zhFiles, enFiles, "JSON_SYNTAX", {
    problem: afterValue ? "END_EXPECTED" : ((first && PROBLEMS[printParseErrorCode(first.error)]) ?? "OTHER"),
    line: before.length,
    column: [...(before.at(-1) ?? "")].length + 1,
    found,
  });
}
