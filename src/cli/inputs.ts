import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readJsonText } from "../batch/json-text.js";
import type { Bilingual } from "../messages/bilingual.js";
import { at, fileProblem } from "./file-problem.js";

/** One partner-quarter document read from a file or stdin, or why it could not be read (after its path). */
export type QuarterDocument =
  | { readonly source: string; readonly data: unknown }
  | { readonly source: string; readonly readError: Bilingual };

/** The JSON files of what a path names, or why it cannot be read. */
export type QuarterFile = { readonly file: string } | { readonly file: string; readonly readError: Bilingual };

/** True for a fixture's expectation file, `X.expected.json`. */
export const isExpectationFile = (name: string) => name.endsWith(".expected.json");

/**
 * The partner-quarter files a path names: the file itself, or a folder's `*.json` files without the
 * `*.expected.json` expectations, sorted (sub-folders are not searched).
 */
export function quarterFiles(path: string): QuarterFile[] {
  try {
    if (!statSync(path).isDirectory()) return [{ file: path }];
    return readdirSync(path)
      .filter((name) => name.endsWith(".json") && !isExpectationFile(name))
      .sort()
      .map((name) => ({ file: join(path, name) }));
  } catch (error) {
    return [{ file: path, readError: fileProblem(error, "read", path) }];
  }
}

/**
 * A JSON file's value (`-` is stdin), with a UTF-8 byte-order mark skipped; or why it cannot be read:
 * the path and the system's reason, or the JSON syntax error with its line and column.
 */
export function readJsonFile(file: string): { readonly value: unknown } | { readonly readError: Bilingual } {
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    return { readError: fileProblem(error, "read", file === "-" ? "<stdin>" : file) };
  }
  const read = readJsonText(text);
  return "value" in read ? read : { readError: at(file === "-" ? "<stdin>" : file, read.problem) };
}

/**
 * Reads each path (`-` is stdin): a JSON object is one partner-quarter, a JSON array several (named
 * `file[0]`, `file[1]` …). A file that cannot be read or parsed becomes a `readError`.
 */
export function readQuarterDocuments(paths: readonly string[]): QuarterDocument[] {
  return paths.flatMap((path): QuarterDocument[] =>
    (path === "-" ? [{ file: "-" }] : quarterFiles(path)).flatMap((listed): QuarterDocument[] => {
      const source = listed.file === "-" ? "<stdin>" : listed.file;
      if ("readError" in listed) return [{ source, readError: listed.readError }];
      const read = readJsonFile(listed.file);
      if ("readError" in read) return [{ source, readError: read.readError }];
      return Array.isArray(read.value) ? read.value.map((item, index) => ({ source: `${source}[${index}]`, data: item })) : [{ source, data: read.value }];
    }),
  );
}
