import { jsonSchema, type JsonSchemaName } from "../json-schema/json-schema.js";

/** `schema input|assessment`: prints the JSON Schema (draft 2020-12) generated from the zod schemas. */
export function schemaCommand(name: JsonSchemaName): number {
  console.log(JSON.stringify(jsonSchema(name), null, 2));
  return 0;
}
