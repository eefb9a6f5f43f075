import type { Bilingual } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enFiles } from "../messages/en/files.js";
import { zhFiles } from "../messages/zh/files.js";

/**
 * Why a file cannot be read or written, in words a person can act on (no such file, permission
 * denied, a folder …) with the system's code; the caller puts the path before it.
 */
export function fileProblem(error: unknown, action: "read" | "write"): Bilingual {
  const { code, message } = error as NodeJS.ErrnoException;
  return both(zhFiles, enFiles, "FILE_PROBLEM", { action, code: typeof code === "string" ? code : null, detail: String(message ?? error) });
}
