import type { SheetFunction, SheetParam } from "./declarations.js";

/**
 * The files a spreadsheet needs, written from the functions' declaration: Excel's custom-functions
 * metadata and the Apps Script file. Pure text in, text out; the build writes them to `dist/`.
 */

const both = (text: { zh: string; en: string }) => `${text.en} / ${text.zh}`;

/**
 * Excel's custom-functions metadata (`functions.json`) for the declared functions: each function's
 * name, description and parameters in English and Chinese.
 *
 * @example JSON.parse(excelFunctionsJson(SHEET_FUNCTIONS)).functions[3].id; // "STAR_ECR"
 */
export function excelFunctionsJson(functions: readonly SheetFunction[]): string {
  const parameter = (param: SheetParam) => ({
    name: param.name,
    description: both(param.description),
    type: param.type,
    dimensionality: param.range ? "matrix" : "scalar",
    optional: param.optional === true,
  });
  const metadata = {
    functions: functions.map((fn) => ({
      id: fn.name,
      name: fn.name,
      description: both(fn.description),
      parameters: fn.params.map(parameter),
      result: { type: fn.result.type, dimensionality: "scalar" },
    })),
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/**
 * The Apps Script file to paste into a Google Sheet's script editor: the bundle, then one documented
 * global function per declared function (Sheets lists a custom function with its JSDoc only when it
 * is a top-level function declaration).
 *
 * @example appsScript(SHEET_FUNCTIONS, "var StarAssessment = {};").includes("function STAR_ECR(simple, total) {"); // true
 */
export function appsScript(functions: readonly SheetFunction[], bundle: string): string {
  const wrappers = functions.map((fn) => {
    const lines = [
      "/**",
      ` * ${both(fn.description)}`,
      " *",
      ...fn.params.map((param) => ` * @param {${param.range ? `${param.type}[][]` : param.type}} ${param.optional ? `[${param.name}]` : param.name} ${both(param.description)}`),
      ` * @return {${fn.result.type}} ${both(fn.result.description)}`,
      " * @customfunction",
      " */",
      `function ${fn.name}(${fn.params.map((param) => param.name).join(", ")}) {`,
      `  return StarAssessment.${fn.name}.apply(null, arguments);`,
      "}",
    ];
    return lines.join("\n");
  });
  return [
    "// star-assessment spreadsheet functions for Google Apps Script: paste this whole file into the script editor.",
    "// 星级考核表格函数(Google Apps Script):将本文件全部内容粘贴到脚本编辑器中。",
    bundle.trim(),
    ...wrappers,
    "",
  ].join("\n\n");
}
