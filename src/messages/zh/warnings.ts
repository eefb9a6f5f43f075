import type { Sentences } from "../bilingual.js";
import type { WarningFigures } from "../warnings.js";

/** The assessment's warnings in Chinese (zh-CN). */
export const zhWarnings: Sentences<WarningFigures> = {
  SECTION_MISSING: (f) => `输入中没有“${f.label.zh}”(${f.pointer}):按无事项报告计分${f.reading === null ? "" : `(解读 ${f.reading})`};如确无事项,请明确给出空值以消除此提示`,
};
