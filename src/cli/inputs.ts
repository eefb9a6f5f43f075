import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** One partner-quarter document read from a file or stdin, or why it could not be read. */
export type QuarterDocument =
  | { readonly source: string; readonly data: unknown }
  | { readonly source: string; readonly readError: string };

/**
 * The partner-quarter files a path names: the file itself, or a folder's `*.json` files without the
 * `*.expected.json` expectations, sorted.
 */
export function quarterFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Reads each path (`-` is stdin): a JSON object is one partner-quarter, a JSON array several (named
 * `file[0]`, `file[1]` …). A file that cannot be read or parsed becomes a `readError`.
 */
export function readQuarterDocuments(paths: readonly string[]): QuarterDocument[] {
  return paths.flatMap((path): QuarterDocument[] => {
    let files: string[];
    try {
      files = path === "-" ? ["-"] : quarterFiles(path);
    } catch (error) {
      return [{ source: path, readError: (error as Error).message }];
    }
    return files.flatMap((file): QuarterDocument[] => {
      const source = file === "-" ? "<stdin>" : file;
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file === "-" ? 0 : file, "utf8"));
      } catch (error) {
        return [{ source, readError: (error as Error).message }];
      }
      return Array.isArray(data) ? data.map((item, index) => ({ source: `${source}[${index}]`, data: item })) : [{ source, data }];
    });
  });
}
