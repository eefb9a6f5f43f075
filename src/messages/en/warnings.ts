import type { Sentences } from "../bilingual.js";
import type { WarningFigures } from "../warnings.js";

/** The assessment's warnings in English. */
export const enWarnings: Sentences<WarningFigures> = {
  SECTION_MISSING: (f) => `${f.label.en} not given: scored as nothing to report${f.reading === null ? "" : ` (reading ${f.reading})`}`,
};
