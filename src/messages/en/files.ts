import type { Sentences } from "../bilingual.js";
import type { FilesFigures, JsonSyntaxProblem } from "../files.js";

const SYSTEM: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "this is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EEXIST: "a file of that name is in the way",
};

const JSON_PROBLEMS: Readonly<Record<JsonSyntaxProblem, string>> = {
  VALUE_EXPECTED: "a value is expected (a number, a string in double quotes, true, false, null, an object or an array)",
  PROPERTY_NAME_EXPECTED: "a key in double quotes is expected (JSON allows no comma before } and no unquoted key)",
  COLON_EXPECTED: 'a colon ":" is expected after the key',
  COMMA_EXPECTED: 'a comma "," is expected between two values',
  CLOSE_BRACE_EXPECTED: 'the object is not closed: "}" is expected',
  CLOSE_BRACKET_EXPECTED: 'the array is not closed: "]" is expected',
  END_EXPECTED: "the JSON value has ended, but more text follows",
  COMMENT: "JSON allows no comments",
  UNTERMINATED_STRING: "a string is not closed by a double quote",
  BAD_NUMBER: "a number is malformed (no leading zeros, no lone minus sign, digits after the point and the exponent)",
  BAD_ESCAPE: 'a string holds a bad escape (after "\\" come only " \\ / b f n r t or u and four hex digits)',
  CONTROL_CHARACTER: "a string holds a control character (a tab or a line break must be written \\t or \\n)",
  UNEXPECTED_CHARACTER: "a character that JSON does not allow here (strings and keys take double quotes, not single)",
  STRANGE_SPACE: "a space JSON does not allow (a full-width space or a no-break space): use a plain space",
  EMPTY: "the file is empty",
  OTHER: "not valid JSON",
};

/** The sentences about files, in English. */
export const enFiles: Sentences<FilesFigures> = {
  AT: (f) => `${f.path}: ${f.text}`,
  FILE_PROBLEM: (f) => `cannot ${f.action}: ${(f.code !== null ? SYSTEM[f.code] : undefined) ?? f.detail}${f.code !== null ? ` (${f.code})` : ""}`,
  JSON_SYNTAX: (f) =>
    f.problem === "EMPTY" ? `JSON: ${JSON_PROBLEMS.EMPTY}` : `JSON syntax error at line ${f.line}, column ${f.column}${f.found === null ? " (end of the text)" : `, at ${JSON.stringify(f.found)}`}: ${JSON_PROBLEMS[f.problem]}`,
  CSV_RECORD: (f) => `CSV: ${f.detail}`,
  ENCODING_GUESSED: (f) => `${f.path}: not UTF-8, read as GB18030 (as Chinese Excel saves CSV); choose with --encoding`,
  UNREADABLE_CHARACTERS: () => "unreadable characters: save the file as UTF-8, or name its encoding with --encoding gb18030",
  NO_HEADER: () => "CSV: no header line",
};
