import { AssessmentInputError } from "../errors/assessment-input-error.js";
import type { Bilingual } from "../messages/bilingual.js";
import { sheetMessages } from "../messages/sheets.js";

/** An argument of a spreadsheet function: the function's name, the argument's name, its Chinese name. */
export interface Param {
  readonly fn: string;
  readonly name: string;
  readonly zh: string;
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
 * The arguments of one spreadsheet function, by name.
 *
 * @example params("STAR_ECR", { simple: "简单问题来电数", total: "来电总数" }).total; // { fn: "STAR_ECR", name: "total", zh: "来电总数" }
 */
export function params<K extends string>(fn: string, names: Readonly<Record<K, string>>): Record<K, Param> {
  const result = {} as Record<K, Param>;
  for (const name of Object.keys(names) as K[]) result[name] = { fn, name, zh: names[name] };
  return result;
}

function describePlace({ param, position }: Place): Bilingual {
  return position === undefined
    ? sheetMessages.argument(param.name, param.zh)
    : sheetMessages.cell(param.name, param.zh, position.row, position.column);
}

/**
 * The error a spreadsheet shows: one line per problem, each naming the function and the argument (and
 * the cell of a range), in English and Chinese, e.g.
 * `STAR_ECR: total (来电总数): expected a number, received "abc" / 参数 total(来电总数):应为数值,收到 "abc"`.
 * A problem whose place is unknown is named by the JSON Pointer the rule gave it.
 */
export function argumentError(fn: string, problems: readonly { place: Place | Bilingual; problem: Bilingual }[]): Error {
  const lines = problems.map(({ place, problem }) => {
    const where = "param" in place ? describePlace(place) : place;
    return `${fn}: ${where.en}: ${problem.en} / ${where.zh}:${problem.zh}`;
  });
  return new Error(lines.join("\n"));
}

/**
 * Throws the {@link argumentError} of one problem.
 *
 * @example fail({ param: ECR.total }, sheetMessages.empty()); // throws "STAR_ECR: total (来电总数): is empty; …"
 */
export function fail(place: Place, problem: Bilingual): never {
  throw argumentError(place.param.fn, [{ place, problem }]);
}

/**
 * Runs a rule of the library and turns its {@link AssessmentInputError} into an {@link argumentError}
 * naming the spreadsheet argument behind each issue: `locate` maps the issue's path inside the rule's
 * argument (e.g. `["totalCalls"]`, `[2, "rating"]`) to the place it came from. Other errors pass unchanged.
 *
 * @example namingArguments("STAR_ECR", (path) => byPath[path.join(".")], () => scoreEcr({ simpleCalls: 9, totalCalls: 5 }));
 * // throws "STAR_ECR: simple (简单问题来电数): simple calls (9) are more than all calls (5) / …"
 */
export function namingArguments<T>(fn: string, locate: (path: readonly (string | number)[]) => Place | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error;
    throw argumentError(
      fn,
      error.issues.map((issue) => ({ place: locate(issue.path) ?? { zh: issue.pointer, en: issue.pointer }, problem: issue.message })),
    );
  }
}
