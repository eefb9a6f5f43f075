import type { Sentences } from "../bilingual.js";
import type { WarningFigures } from "../warnings.js";

/** The assessment's warnings in Chinese (zh-CN). */
export const zhWarnings: Sentences<WarningFigures> = {
  SECTION_MISSING: (f) => `未给出“${f.label.zh}”:按无事项报告计分${f.reading === null ? "" : `(解读 ${f.reading})`}`,
};
