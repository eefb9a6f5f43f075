import * as z from "../zod.js";
import type { Bilingual } from "../messages/bilingual.js";

/**
 * The words of the inputs' fields: every field schema is registered here with its label and
 * description in both languages (read by the issue sentences, the JSON Schemas and docs/input.md)
 * and the JSON Schema of what it accepts.
 */

/** What a field holds, for people and for the JSON Schemas. */
export interface FieldMeta {
  readonly label: Bilingual;
  readonly description?: Bilingual | undefined;
  /** The JSON Schema of the values the field accepts (where zod's own would say less). */
  readonly json?: Readonly<Record<string, unknown>> | undefined;
}

/** The metadata of every field schema, found by the schema itself. A registry of the library's own: zod's global one is never touched. */
export const FIELDS = z.registry<FieldMeta>();

/** A field's label and description, e.g. `{ label: { zh: "点数", en: "seats" } }`. */
export type FieldWords = { readonly label: Bilingual; readonly description?: Bilingual };

/**
 * Registers a field schema's words and JSON Schema, and returns it.
 *
 * @example FIELDS.get(count("seats", { label: { zh: "点数", en: "seats" } }))?.label.en; // "seats"
 */
export function field<T extends z.ZodType>(schema: T, words: FieldWords, json?: Record<string, unknown>): T {
  FIELDS.add(schema, { ...words, json });
  return schema;
}
