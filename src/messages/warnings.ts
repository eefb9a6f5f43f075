import type { Bilingual } from "./bilingual.js";

/** The figures of the assessment's warnings, by code. */
export interface WarningFigures {
  /** A section (or a training part) the input left out, scored as the reading says. */
  readonly SECTION_MISSING: { readonly pointer: string; readonly label: Bilingual; readonly reading: string | null };
}
