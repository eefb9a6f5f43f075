import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enFiles } from "../messages/en/files.js";
import { zhFiles } from "../messages/zh/files.js";

/**
 * Why a file cannot be read or written, in words a person can act on (no such file, permission
 * denied, a folder …) with the system's code, after its path.
 */
export function fileProblem(error: unknown, action: "read" | "write", path: string): Bilingual {
  const { code, message } = error as NodeJS.ErrnoException;
  return at(path, both(zhFiles, enFiles, "FILE_PROBLEM", { action, code: typeof code === "string" ? code : null, detail: String(message ?? error) }));
}

/** A sentence about a file, after its path. */
export function at(path: string, text: Bilingual): Bilingual {
  return { zh: zhFiles.AT({ path, text: text.zh }), en: enFiles.AT({ path, text: text.en }) };
}
