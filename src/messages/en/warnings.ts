import type { Sentences } from "../bilingual.js";
import type { WarningFigures } from "../warnings.js";

/** The assessment's warnings in English. */
export const enWarnings: Sentences<WarningFigures> = {
  SECTION_MISSING: (f) => `the input has no ${f.label.en} (${f.pointer}): scored as nothing to report${f.reading === null ? "" : ` (reading ${f.reading})`}; give it, empty if there is nothing, to clear this warning`,
};
