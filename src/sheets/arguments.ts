import { isAssessmentInputError } from "../errors/assessment-input-error.js";
import { type Bilingual, both } from "../messages/bilingual.js";
import { enSheets } from "../messages/en/sheets.js";
import type { SheetFigures } from "../messages/sheets.js";
import { zhSheets } from "../messages/zh/sheets.js";
import { declarationOf, SHEET_FUNCTIONS, type SheetFunctionName } from "./declarations.js";

/** An argument of a spreadsheet function: the function's name, the argument's name, its label. */
export interface Param {
  readonly fn: SheetFunctionName;
  readonly name: string;
  readonly label: Bilingual;
}

/**
 * A spreadsheet function's own sentence in both languages.
 *
 * @example sheetMessage("empty", {}).en; // "is empty; a value is required"
 */
export function sheetMessage<K extends keyof SheetFigures>(key: K, figures: SheetFigures[K]): Bilingual {
  return both(zhSheets, enSheets, key, figures);
}

/** Where a cell sits in a range argument, 1-based from the range's top-left cell. */
export interface Position {
  readonly row: number;
  readonly column: number;
}

/** What a problem is about: an argument, or one cell of a range argument. */
export interface Place {
  readonly param: Param;
  readonly position?: Position | undefined;
}

/**
 * The arguments of one spreadsheet function, by name, from its declaration.
 *
 * @example params("STAR_ECR").total.label.zh; // "来电总数"
 */
export function params<F extends SheetFunctionName>(fn: F): Record<ParamName<F>, Param> {
  return Object.fromEntries(declarationOf(fn).params.map((param) => [param.name, { fn, name: param.name, label: param.label }])) as unknown as Record<ParamName<F>, Param>;
}

/** The names of a spreadsheet function's arguments. */
export type ParamName<F extends SheetFunctionName> = Extract<(typeof SHEET_FUNCTIONS)[number], { name: F }>["params"][number]["name"];

/**
 * Refuses a call with more arguments than the function takes (`most`: by default, as many as it
 * declares): an extra argument is a mistake, never ignored.
 *
 * @example checkArity("STAR_ECR", 3); // throws "STAR_ECR: too many arguments: 3 given, at most 2"
 */
export function checkArity(fn: SheetFunctionName, given: number, most = declarationOf(fn).params.length): void {
  if (given > most) {
    const problem = sheetMessage("tooManyArguments", { given, most });
    throw new Error(`${fn}: ${problem.en} / ${problem.zh}`);
  }
}

function describePlace({ param, position }: Place): Bilingual {
  return position === undefined
    ? sheetMessage("argument", { name: param.name, label: param.label })
    : sheetMessage("cell", { name: param.name, label: param.label, row: position.row, column: position.column });
}

/**
 * The error a spreadsheet shows: one line per problem, each naming the function and the argument (and
 * the cell of a range), in English and Chinese, e.g.
 * `STAR_ECR: total (来电总数): expected a number, received "abc" / 参数 total(来电总数):应为数值,收到 "abc"`.
 * A problem whose place is unknown is named by the JSON Pointer the rule gave it.
 */
export function argumentError(fn: SheetFunctionName, problems: readonly { place: Place | Bilingual; problem: Bilingual }[]): Error {
  const lines = problems.map(({ place, problem }) => {
    const where = "param" in place ? describePlace(place) : place;
    return `${fn}: ${where.en}: ${problem.en} / ${where.zh}:${problem.zh}`;
  });
  return new Error(lines.join("\n"));
}

/**
 * Throws the {@link argumentError} of one problem.
 *
 * @example fail({ param: params("STAR_ECR").total }, sheetMessage("empty", {})); // throws "STAR_ECR: total (all calls): is empty; a value is required / 参数 total(来电总数):不能为空"
 */
export function fail(place: Place, problem: Bilingual): never {
  throw argumentError(place.param.fn, [{ place, problem }]);
}

/**
 * Runs a rule of the library and turns its {@link AssessmentInputError} into an {@link argumentError}
 * naming the spreadsheet argument behind each issue: `locate` maps the issue's path inside the rule's
 * argument (e.g. `["totalCalls"]`, `[2, "rating"]`) to the place it came from. Other errors pass unchanged.
 *
 * @example namingArguments("STAR_ECR", () => ({ param: params("STAR_ECR").simple }), () => scoreEcr({ simpleCalls: 9, totalCalls: 5 })); // throws "STAR_ECR: simple (simple calls): simple calls (9) are more than all calls (5) / 参数 simple(简单问题来电数):简单问题来电 9 超过来电总数 5"
 */
export function namingArguments<T>(fn: SheetFunctionName, locate: (path: readonly (string | number)[]) => Place | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isAssessmentInputError(error)) throw error;
    throw argumentError(
      fn,
      error.issues.map((issue) => ({ place: locate(issue.path) ?? { zh: issue.pointer, en: issue.pointer }, problem: issue.message })),
    );
  }
}
