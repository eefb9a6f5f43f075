/**
 * The figures of the sentences about files as people have them (topic `files`): a file that cannot be
 * read or written, JSON with a syntax error, CSV the parser refused, text in another encoding.
 */
export interface FilesFigures {
  /** A line about a file: its path, then what is said of it. */
  readonly AT: { readonly path: string; readonly text: string };
  /** A file or folder that cannot be read or written (its path goes before); `code` is the system's (ENOENT …), null if none. */
  readonly FILE_PROBLEM: { readonly action: "read" | "write"; readonly code: string | null; readonly detail: string };
  /** JSON that does not parse: what is wrong, where (1-based line and column), and what was found there. */
  readonly JSON_SYNTAX: { readonly problem: JsonSyntaxProblem; readonly line: number; readonly column: number; readonly found: string | null };
  /** A CSV record the parser refused (csv-parse's code), at a line of the file. */
  readonly CSV_RECORD: { readonly code: string; readonly line: number; readonly detail: string };
  /** A batch file that is not UTF-8, read as GB18030 (what Chinese Excel writes). */
  readonly ENCODING_GUESSED: { readonly path: string };
  /** A row with bytes that are not text in the file's encoding. */
  readonly UNREADABLE_CHARACTERS: void;
  /** A CSV row that comes before any header line. */
  readonly NO_HEADER: void;
}

/** What is wrong with a JSON text (the codes of jsonc-parser's errors, in words). */
export type JsonSyntaxProblem =
  | "VALUE_EXPECTED"
  | "PROPERTY_NAME_EXPECTED"
  | "COLON_EXPECTED"
  | "COMMA_EXPECTED"
  | "CLOSE_BRACE_EXPECTED"
  | "CLOSE_BRACKET_EXPECTED"
  | "END_EXPECTED"
  | "COMMENT"
  | "UNTERMINATED_STRING"
  | "BAD_NUMBER"
  | "BAD_ESCAPE"
  | "CONTROL_CHARACTER"
  | "UNEXPECTED_CHARACTER"
  | "STRANGE_SPACE"
  | "EMPTY"
  | "OTHER";
