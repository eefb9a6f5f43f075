import type { Sentences } from "../bilingual.js";
import type { SheetFigures } from "../sheets.js";

/** The spreadsheet functions' sentences in Chinese (zh-CN). */
export const zhSheets: Sentences<SheetFigures> = {
  argument: (f) => `参数 ${f.name}(${f.label.zh})`,
  cell: (f) => `参数 ${f.name}(${f.label.zh})区域第 ${f.row} 行第 ${f.column} 列`,
  empty: () => "不能为空",
  notNumber: (f) => `应为数值,收到 ${f.shown}`,
  notSingleCell: (f) => `应为单个单元格,收到 ${f.rows} 行 × ${f.columns} 列的区域`,
  nestedList: () => "单元格中不能再嵌套列表",
  notRating: (f) => `应为 0 到 ${f.ratingMax} 的代表处评分,或 ${f.words}(交维报告逾期或未提交),收到 ${f.shown}`,
  notLanguage: (f) => `语言应为 ${f.languages},收到 ${f.shown}`,
  tooManyArguments: (f) => `参数过多:收到 ${f.given} 个,最多 ${f.most} 个`,
  notItemRange: (f) => `五个考核项得分的区域应有 ${f.items} 个单元格,收到 ${f.cells} 个`,
};
