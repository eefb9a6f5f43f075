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
  // A space of another script (a full-width space from an IME, a no-break space) is no JSON white
  // space; jsonc-parser takes some of them as spaces, or names them as a mere symbol.
  const space = strangeSpace(text);
  const spaceFirst = space >= 0 && (first === undefined || space <= first.offset);
  const offset = spaceFirst ? space : (first?.offset ?? 0);
  const afterValue = root !== undefined && offset >= root.offset + root.length && offset < text.length;
  const problem: JsonSyntaxProblem = spaceFirst
    ? "STRANGE_SPACE"
    : first === undefined
      ? "OTHER"
      : afterValue
        ? "END_EXPECTED"
        : (PROBLEMS[printParseErrorCode(first.error)] ?? "OTHER");
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  const found = offset < text.length ? [...(text.slice(offset, offset + 12).split(/\r|\n/)[0] as string)].slice(0, 10).join("") : null;
  return both(zhFiles, enFiles, "JSON_SYNTAX", { problem, line: before.length, column: [...(before.at(-1) as string)].length + 1, found });
}

/** Where the first white space JSON does not allow stands outside a string (-1 if none). */
function strangeSpace(text: string): number {
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (/[\u000b\u000c\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(char)) return index;
  }
  return -1;
}
