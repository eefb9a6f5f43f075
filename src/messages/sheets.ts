import type { Bilingual } from "./bilingual.js";
import { ITEM_NAMES } from "./reasons.js";
import type { ItemKey } from "../verdict/verdict.js";

/**
 * The sentences of the spreadsheet functions (`src/sheets/`), in Chinese and English: what is wrong
 * with an argument, and the verdict text of STAR_VERDICT. Nothing here computes a score.
 */
export const sheetMessages = {
  /** The argument a problem is about, e.g. `total (来电总数)`. */
  argument: (name: string, zh: string): Bilingual => ({ zh: `参数 ${name}(${zh})`, en: `${name} (${zh})` }),
  /** One cell of a range argument, counted from the range's top-left cell. */
  cell: (name: string, zh: string, row: number, column: number): Bilingual => ({
    zh: `参数 ${name}(${zh})区域第 ${row} 行第 ${column} 列`,
    en: `${name} (${zh}), row ${row}, column ${column} of the range`,
  }),
  empty: (): Bilingual => ({ zh: "不能为空", en: "is empty; a value is required" }),
  notNumber: (shown: string): Bilingual => ({ zh: `应为数值,收到 ${shown}`, en: `expected a number, received ${shown}` }),
  notSingleCell: (rows: number, columns: number): Bilingual => ({
    zh: `应为单个单元格,收到 ${rows} 行 × ${columns} 列的区域`,
    en: `expected a single cell, received a range of ${rows} × ${columns} cells`,
  }),
  nestedList: (): Bilingual => ({ zh: "单元格中不能再嵌套列表", en: "a cell cannot hold a list" }),
  notRating: (shown: string, ratingMax: number, words: string): Bilingual => ({
    zh: `应为 0 到 ${ratingMax} 的代表处评分,或 ${words}(交维报告逾期或未提交),收到 ${shown}`,
    en: `expected the rep office's rating 0 to ${ratingMax}, or ${words} (handover report late or missing), received ${shown}`,
  }),
  notItemScore: (shown: string, max: number): Bilingual => ({
    zh: `应为 0 到 ${max} 之间的本项得分,收到 ${shown}`,
    en: `expected the item's score from 0 to ${max}, received ${shown}`,
  }),
  notAdjustment: (shown: string): Bilingual => ({
    zh: `应为关键事件加减分(加分 − 扣分,可为负数),收到 ${shown}`,
    en: `expected the key-event adjustment (bonus − penalty, may be negative), received ${shown}`,
  }),
  notLanguage: (shown: string, languages: string): Bilingual => ({
    zh: `语言应为 ${languages},收到 ${shown}`,
    en: `expected a language ${languages}, received ${shown}`,
  }),
  /** STAR_VERDICT with no reason: the star stays. */
  keep: (): Bilingual => ({ zh: "保持", en: "keep" }),
  /** STAR_VERDICT with reasons: the prefix before them, and what joins them. */
  downgrade: (reasons: readonly Bilingual[]): Bilingual => ({
    zh: `降级: ${reasons.map((reason) => reason.zh).join(";")}`,
    en: `downgrade: ${reasons.map((reason) => reason.en).join("; ")}`,
  }),
  itemZero: (item: ItemKey): Bilingual => ({
    zh: `${ITEM_NAMES[item].zh}得 0 分(四.1.a)`,
    en: `${ITEM_NAMES[item].en} scored 0 (4.1.a)`,
  }),
  totalBelowThreshold: (total: number, threshold: number): Bilingual => ({
    zh: `总分 ${total} 低于 ${threshold} 分(四.1.b)`,
    en: `total ${total} is below ${threshold} (4.1.b)`,
  }),
};
