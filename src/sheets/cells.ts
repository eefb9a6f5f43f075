import type { Language } from "../messages/bilingual.js";
import { fail, type Param, type Place, type Position, sheetMessage } from "./arguments.js";

/**
 * What spreadsheets pass to a custom function. Google Apps Script and Excel pass a one-cell reference
 * as its value and a range as a 2-D array of rows; an empty cell arrives as "" (Apps Script) or null
 * (Excel), an omitted optional argument as undefined or null.
 */

/** One cell's value: a number, text, a boolean, a date, or nothing. */
export type Cell = number | string | boolean | Date | null | undefined;

/** A cell, or a range as rows of cells. */
export type Range = Cell | readonly (readonly Cell[])[];

/** A non-empty cell of a range with its position. */
export interface PlacedCell {
  readonly value: Exclude<Cell, null | undefined>;
  readonly position: Position;
}

// Plain decimal text as people type it in a cell: "12", " 0.5 ", "-1", ".5". No exponents, no
// thousands separators, no "%" (only STAR_ECR_RATE reads percentages, through the ECR rule).
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Whether a cell is empty: null, undefined, or text of blanks only.
 *
 * @example isEmptyCell("  "); // true
 */
export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A cell's value as it is quoted in messages: text in quotes, anything else as JavaScript prints it.
 *
 * @example shown("abc"); // "\"abc\""
 */
export function shown(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * The number in a cell: a number as it is, plain decimal text as its number; undefined for anything
 * else. Whether the number is allowed (whole, ≥ 0, …) is for the rule that reads it to say.
 *
 * @example cellNumber(" 12 "); // 12
 * @example cellNumber("late"); // undefined
 */
export function cellNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && NUMBER_TEXT.test(value.trim())) return Number(value.trim());
  return undefined;
}

/**
 * The non-empty cells of a range argument, row by row, each with its position. A single value is a
 * range of one cell; a flat list is read as one column.
 *
 * @example filledCells(params("STAR_MAJOR_PROJECTS").ratings, [[28], [""], ["late"]]); // [{ value: 28, position: { row: 1, column: 1 } }, { value: "late", position: { row: 3, column: 1 } }]
 */
export function filledCells(param: Param, range: unknown): PlacedCell[] {
  const rows: readonly unknown[] = Array.isArray(range) ? range : [range];
  const cells: PlacedCell[] = [];
  rows.forEach((row, r) => {
    const columns: readonly unknown[] = Array.isArray(row) ? row : [row];
    columns.forEach((value, c) => {
      const position = { row: r + 1, column: c + 1 };
      if (Array.isArray(value)) fail({ param, position }, sheetMessage("nestedList", {}));
      if (!isEmptyCell(value)) cells.push({ value: value as PlacedCell["value"], position });
    });
  });
  return cells;
}

/**
 * The value of a one-cell argument: the value itself, or the only cell of a 1 × 1 range. A larger
 * range is an error naming the argument.
 *
 * @example singleCell(params("STAR_ECR").total, [[75]]); // 75
 */
export function singleCell(param: Param, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const rows: readonly unknown[] = value;
  const columns = Math.max(0, ...rows.map((row) => (Array.isArray(row) ? row.length : 1)));
  if (rows.length !== 1 || columns !== 1) return fail({ param }, sheetMessage("notSingleCell", { rows: rows.length, columns }));
  const row: unknown = rows[0];
  const only: unknown = Array.isArray(row) ? row[0] : row;
  return Array.isArray(only) ? fail({ param }, sheetMessage("nestedList", {})) : only;
}

/**
 * The number of an optional one-cell argument: undefined when empty, else its {@link cellNumber};
 * text that is not a number is an error naming the argument.
 *
 * @example optionalNumber(params("STAR_REP_OFFICE").tickets, ""); // undefined
 */
export function optionalNumber(param: Param, value: unknown): number | undefined {
  const cell = singleCell(param, value);
  if (isEmptyCell(cell)) return undefined;
  const number = cellNumber(cell);
  return number === undefined ? fail({ param }, sheetMessage("notNumber", { shown: shown(cell) })) : number;
}

/**
 * The number of a required one-cell argument; an empty cell is an error naming the argument (an
 * empty cell read as 0 could score a quarter that was never filled in).
 *
 * @example requiredNumber(params("STAR_ECR").total, "75"); // 75
 */
export function requiredNumber(param: Param, value: unknown): number {
  const number = optionalNumber(param, value);
  return number === undefined ? fail({ param }, sheetMessage("empty", {})) : number;
}

const LANGUAGES = ["zh", "en"] as const satisfies readonly Language[];

/**
 * The language of an optional one-cell argument: "zh" (the default, also for an empty cell) or "en",
 * in any letter case.
 *
 * @example language(params("STAR_VERDICT").lang, "EN"); // "en"
 */
export function language(param: Param, value: unknown): Language {
  const cell = singleCell(param, value);
  if (isEmptyCell(cell)) return LANGUAGES[0];
  const code = typeof cell === "string" ? cell.trim().toLowerCase() : undefined;
  const found = LANGUAGES.find((candidate) => candidate === code);
  return found ?? fail({ param }, sheetMessage("notLanguage", { shown: shown(cell), languages: LANGUAGES.join(" / ") }));
}

/**
 * The place of a rule issue about the `index`-th project or survey built from `cells` (the rule's
 * path starts with that index), for {@link namingArguments}.
 *
 * @example cellAt(params("STAR_SATISFACTION").outcomes, [{ value: "满意", position: { row: 1, column: 1 } }, { value: "x", position: { row: 3, column: 1 } }])([1, "outcome"])?.position; // { row: 3, column: 1 }
 */
export function cellAt(param: Param, cells: readonly PlacedCell[]): (path: readonly (string | number)[]) => Place | undefined {
  return (path) => {
    const cell = typeof path[0] === "number" ? cells[path[0]] : undefined;
    return cell && { param, position: cell.position };
  };
}

/**
 * The place of a rule issue by its path inside the rule's argument, e.g. `online.required`, for
 * {@link namingArguments}.
 *
 * @example byPath({ totalCalls: params("STAR_ECR").total })(["totalCalls"])?.param.name; // "total"
 */
export function byPath(map: Readonly<Record<string, Param>>): (path: readonly (string | number)[]) => Place | undefined {
  return (path) => {
    const param = map[path.join(".")];
    return param && { param };
  };
}
