import { distance } from "fastest-levenshtein";
import type * as z from "../zod.js";
import type { IssueDraft } from "../errors/assessment-input-error.js";
import { issueMessage } from "../errors/issue-message.js";
import type { Bilingual } from "../messages/bilingual.js";
import type { ExpectedKind, FieldName, IssueCode } from "../messages/issues.js";
import { FIELDS, type FieldMeta } from "./fields.js";

/**
 * zod's issues as the library's: a stable code, the path, and a sentence in both languages that
 * names the field by its label and shows the value received. Library checks carry their code and
 * sentences already (see `libraryIssue`); zod's own kinds (a wrong type, an unknown key, a value
 * outside a list) are written here, with the field's words looked up in the schema.
 */

type Schema = z.core.$ZodType;
type Key = string | number;

/** The schema itself, through the wrappers that do not change what a field is (optional, nullable, transforms). */
function unwrapped(schema: Schema): Schema {
  let node = schema;
  for (;;) {
    if (FIELDS.has(node as z.ZodType)) return node;
    const def = node._zod.def as { type: string; innerType?: Schema; in?: Schema };
    if ((def.type === "optional" || def.type === "nullable") && def.innerType) node = def.innerType;
    else if (def.type === "pipe" && def.in) node = def.in;
    else return node;
  }
}

/** The schema of the value at `path` inside `root`, or undefined where the path leaves the schema. */
function schemaAt(root: Schema, path: readonly Key[]): Schema | undefined {
  let node: Schema | undefined = unwrapped(root);
  for (const key of path) {
    const def = (node as Schema)._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
    if (def.type === "object" && def.shape && typeof key === "string" && Object.hasOwn(def.shape, key)) node = def.shape[key];
    else if (def.type === "array" && def.element && typeof key === "number") node = def.element;
    else return undefined;
    node = unwrapped(node as Schema);
  }
  return node;
}

/** The value at a path of the input, through own properties only (never a prototype's). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const EXPECTED = new Set<ExpectedKind>(["number", "string", "boolean", "object", "array", "null"]);

function fieldNameAt(root: Schema, path: readonly Key[]): FieldName | null {
  const key = path.at(-1);
  const node = schemaAt(root, path);
  const meta: FieldMeta | undefined = node === undefined ? undefined : FIELDS.get(node as z.ZodType);
  if (key === undefined || typeof key === "number") return meta === undefined || key === undefined ? null : { key: `[${key}]`, label: meta.label };
  return { key, label: meta?.label ?? { zh: key, en: key } };
}

/** The known key nearest to a misspelled one, when it is near enough to be meant (a third of its length, at least 2 edits). */
function nearestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const edits = distance(key.toLowerCase(), candidate.toLowerCase());
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return best;
}

/**
 * One zod issue as the library's issues (an unknown-keys issue becomes one issue per key, at the key).
 * `root` is the schema that was parsed and `data` the value parsed, to name fields and show values.
 *
 * @example toIssueDrafts({ code: "custom", path: ["rating"], message: "…", params: { code: "RATING_ABOVE_MAX", message: { zh: "…", en: "…" } } }, ecrSchema(), {})[0].code; // "RATING_ABOVE_MAX"
 */
export function toIssueDrafts(issue: z.core.$ZodIssue, root: Schema, data: unknown): IssueDraft[] {
  const path: Key[] = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const input = valueAt(data, path);
  const draft = (code: IssueCode, message: Bilingual, at: readonly Key[] = path): IssueDraft => ({ path: at, code, message });
  switch (issue.code) {
    case "custom": {
      const params = (issue.params ?? {}) as { code?: IssueCode; message?: Bilingual };
      if (params.code !== undefined && params.message !== undefined) return [draft(params.code, params.message)];
      // A choice or a flag (z.custom) failed its test: its JSON Schema's enum says what it accepts.
      const node = schemaAt(root, path);
      const json = node === undefined ? undefined : FIELDS.get(node as z.ZodType)?.json;
      const accepted = ((json?.["enum"] as unknown[] | undefined) ?? []).map(String);
      return [draft("invalid_value", issueMessage("invalid_value", { field: fieldNameAt(root, path), received: input, accepted }))];
    }
    case "unrecognized_keys": {
      const shape = (schemaAt(root, path)?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
      const known = Object.keys(shape);
      return issue.keys.map((key) => draft("unrecognized_keys", issueMessage("unrecognized_keys", { key, suggestion: nearestKey(key, known), known }), [...path, key]));
    }
    case "invalid_value": {
      const accepted = issue.values.map((value) => String(value));
      return [draft("invalid_value", issueMessage("invalid_value", { field: fieldNameAt(root, path), received: input, accepted }))];
    }
    case "invalid_type": {
      const expected = EXPECTED.has(issue.expected as ExpectedKind) ? (issue.expected as ExpectedKind) : "value";
      return [draft("invalid_type", issueMessage("invalid_type", { field: fieldNameAt(root, path), expected, received: input }))];
    }
    default:
      // Every field is built with the library's checks; any other kind of zod issue keeps zod's words.
      return [draft("invalid_value", { zh: issue.message, en: issue.message })];
  }
}
