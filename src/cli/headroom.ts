import { AssessmentInputError } from "../errors/assessment-input-error.js";
import { headroom } from "../headroom/headroom.js";
import type { JsonValue } from "../headroom/json-pointer.js";
import { planQuarter } from "../headroom/plan.js";
import { toPass } from "../headroom/to-pass.js";
import { whatIf, type WhatIfChange } from "../headroom/what-if.js";
import { both, type Language } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import { renderHeadroom, renderPlan, renderWhatIf } from "../report/headroom-bars.js";
import { readQuarterDocuments } from "./inputs.js";

/** The formats of the headroom commands, as for `score`. */
export type HeadroomFormat = "table" | "markdown" | "json";

export interface HeadroomCommandOptions {
  readonly format?: HeadroomFormat;
  readonly lang: Language;
}

const formatOf = (options: HeadroomCommandOptions): HeadroomFormat => options.format ?? (process.stdout.isTTY ? "table" : "json");

/** Prints the problems of an input error, each with its source and JSON path; other errors are not ours to catch. */
function reported(source: string, error: unknown, lang: Language): false {
  if (!(error instanceof AssessmentInputError)) throw error;
  for (const issue of error.issues) console.error(`${source}: ${issue.pointer || "/"}: ${issue.message[lang]}`);
  return false;
}

/**
 * `headroom <paths…>`: for each partner-quarter, its headroom (and, when downgraded, what would pass).
 * JSON prints the headroom with its `toPass`. Returns 0, or 2 on any bad input.
 */
export function headroomCommand(paths: readonly string[], options: HeadroomCommandOptions): number {
  const format = formatOf(options);
  let ok = true;
  const results: unknown[] = [];
  for (const document of readQuarterDocuments(paths)) {
    if ("readError" in document) {
      console.error(document.readError[options.lang]);
      ok = false;
      continue;
    }
    try {
      const room = headroom(document.data);
      const passing = toPass(document.data);
      if (format === "json") results.push({ ...room, toPass: passing });
      else console.log(renderHeadroom(room, passing, options.lang, format));
    } catch (error) {
      ok = reported(document.source, error, options.lang);
    }
  }
  if (format === "json" && results.length > 0) console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  return ok ? 0 : 2;
}

/** `plan --calls n --online n --offline n`: the quarter's plan. Returns 0, or 2 on bad volumes. */
export function planCommand(volumes: { calls?: string; online?: string; offline?: string }, options: HeadroomCommandOptions): number {
  // Text that is a plain number is passed as the number; anything else as the text, for the library to refuse.
  const value = (text: string | undefined) => (text === undefined ? undefined : /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);
  try {
    const plan = planQuarter({ calls: value(volumes.calls), online: value(volumes.online), offline: value(volumes.offline) } as never);
    const format = formatOf(options);
    console.log(format === "json" ? JSON.stringify(plan, null, 2) : renderPlan(plan, options.lang, format));
    return 0;
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error;
    for (const issue of error.issues) console.error(`plan: --${issue.path.join(".") || "volumes"}: ${issue.message[options.lang]}`);
    return 2;
  }
}

/**
 * A `--set /pointer=value` as a change: the value is JSON when it parses as JSON (9, null, "x"), else
 * the text itself (so `--set /satisfaction/0/outcome=满意` needs no quotes).
 */
export function parseSet(text: string): WhatIfChange {
  const at = text.indexOf("=");
  const path = at < 0 ? text : text.slice(0, at);
  const raw = at < 0 ? "" : text.slice(at + 1);
  let to: JsonValue;
  try {
    to = JSON.parse(raw) as JsonValue;
  } catch {
    to = raw;
  }
  return { path, to };
}

/** `what-if <file> --set /pointer=value …`: both assessments and the difference. Returns 0, or 2 on bad input. */
export function whatIfCommand(path: string, sets: readonly string[], options: HeadroomCommandOptions): number {
  const documents = readQuarterDocuments([path]);
  const document = documents[0];
  if (documents.length !== 1 || document === undefined || "readError" in document) {
    const problem = document !== undefined && "readError" in document ? document.readError : both(zhHeadroom, enHeadroom, "notOneQuarter", { path, found: documents.length });
    console.error(problem[options.lang]);
    return 2;
  }
  try {
    const result = whatIf(document.data, sets.map(parseSet));
    const format = formatOf(options);
    console.log(format === "json" ? JSON.stringify(result, null, 2) : renderWhatIf(result, options.lang, format));
    return 0;
  } catch (error) {
    reported(document.source, error, options.lang);
    return 2;
  }
}
