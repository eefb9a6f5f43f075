/**
 * The parts of zod the library uses, as one namespace (`import * as z from "./zod.js"`): a bundle
 * keeps these and drops the rest of zod (its ~40 message locales among it), which the spreadsheet
 * bundle could not afford.
 */
export { array, boolean, custom, discriminatedUnion, enum, literal, looseObject, null, number, record, registry, strictObject, string, toJSONSchema, union } from "zod";
export type { core, input, output, ZodType } from "zod";
