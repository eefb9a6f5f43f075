import type { Sentences } from "../bilingual.js";
import type { FilesFigures, JsonSyntaxProblem } from "../files.js";

const SYSTEM: Readonly<Record<string, string>> = {
  ENOENT: "文件或文件夹不存在",
  EACCES: "没有权限",
  EPERM: "没有权限",
  EISDIR: "这是文件夹,不是文件",
  ENOTDIR: "路径中的某一段不是文件夹",
  EROFS: "文件系统只读",
  ENOSPC: "磁盘已满",
  EEXIST: "已有同名文件挡住了路径",
};

const JSON_PROBLEMS: Readonly<Record<JsonSyntaxProblem, string>> = {
  VALUE_EXPECTED: "此处应有一个值(数字、双引号字符串、true、false、null、对象或数组)",
  PROPERTY_NAME_EXPECTED: "此处应有双引号括起的键名(JSON 不允许 } 前的逗号,也不允许不带引号的键)",
  COLON_EXPECTED: "键名后应有冒号“:”",
  COMMA_EXPECTED: "两个值之间应有逗号“,”",
  CLOSE_BRACE_EXPECTED: "对象没有闭合:此处应有“}”",
  CLOSE_BRACKET_EXPECTED: "数组没有闭合:此处应有“]”",
  END_EXPECTED: "JSON 值已结束,后面却还有内容",
  COMMENT: "JSON 不允许注释",
  UNTERMINATED_STRING: "字符串没有以双引号结束",
  BAD_NUMBER: "数字格式错误(不能有前导零、单独的负号,小数点和指数后须有数字)",
  BAD_ESCAPE: "字符串中有错误的转义(“\\”后只能是 \" \\ / b f n r t,或 u 加四位十六进制数)",
  CONTROL_CHARACTER: "字符串中有控制字符(制表符或换行须写作 \\t 或 \\n)",
  UNEXPECTED_CHARACTER: "此处出现了 JSON 不允许的字符(字符串和键名须用双引号,不能用单引号)",
  STRANGE_SPACE: "JSON 不允许的空白字符(全角空格或不间断空格):请改用半角空格",
  EMPTY: "文件为空",
  OTHER: "不是有效的 JSON",
};

/** The sentences about files, in Chinese (zh-CN). */
export const zhFiles: Sentences<FilesFigures> = {
  AT: (f) => `${f.path}:${f.text}`,
  FILE_PROBLEM: (f) => `无法${f.action === "read" ? "读取" : "写入"}:${(f.code !== null ? SYSTEM[f.code] : undefined) ?? f.detail}${f.code !== null ? `(${f.code})` : ""}`,
  JSON_SYNTAX: (f) =>
    f.problem === "EMPTY" ? `JSON:${JSON_PROBLEMS.EMPTY}` : `JSON 语法错误,位于第 ${f.line} 行第 ${f.column} 列${f.found === null ? "(文本末尾)" : `,${JSON.stringify(f.found)} 处`}:${JSON_PROBLEMS[f.problem]}`,
  CSV_RECORD: (f) => `CSV:${CSV_RECORDS[f.code] ?? "无法解析的记录"}(第 ${f.line} 行)`,
  ENCODING_GUESSED: (f) => `${f.path}:不是 UTF-8 编码,已按 GB18030(中文 Excel 保存 CSV 的编码)读取;可用 --encoding 指定`,
  UNREADABLE_CHARACTERS: () => "含有无法识别的字符:请将文件另存为 UTF-8 编码,或用 --encoding gb18030 指定其编码",
  NO_HEADER: () => "CSV:缺少表头行",
};

const CSV_RECORDS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "引号没有闭合",
  CSV_INVALID_CLOSING_QUOTE: "闭合引号后出现了多余的字符",
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: "列数与表头不一致",
  CSV_RECORD_INCONSISTENT_COLUMNS: "列数与表头不一致",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "闭合引号后出现了多余的字符",
  CSV_MAX_RECORD_SIZE: "记录过长",
};
