import { describe, expect, it } from "vitest";
import { AssessmentInputError } from "../../src/index.js";
import { argumentError, namingArguments, params } from "../../src/sheets/arguments.js";
import { byPath, cellAt, cellNumber, filledCells, isEmptyCell, language, optionalNumber, requiredNumber, singleCell } from "../../src/sheets/cells.js";

// Arguments of the declared functions: a range (STAR_SATISFACTION's outcomes), a one-cell value
// (STAR_ECR's total) and a language (STAR_VERDICT's lang).
const P = { range: params("STAR_SATISFACTION").outcomes, value: params("STAR_ECR").total, lang: params("STAR_VERDICT").lang };

describe("sheet cells", () => {
  it.each([
    [null, true],
    [undefined, true],
    ["", true],
    ["  ", true],
    [0, false],
    ["0", false],
    [false, false],
  ])("isEmptyCell(%j) → %s", (value, expected) => {
    expect(isEmptyCell(value)).toBe(expected);
  });

  it.each([
    [12, 12],
    [" 12 ", 12],
    ["0.5", 0.5],
    [".5", 0.5],
    ["12.", 12],
    ["-1", -1],
    ["+3", 3],
    ["1e3", undefined],
    ["1,000", undefined],
    ["9.5%", undefined],
    ["", undefined],
    [true, undefined],
    [null, undefined],
  ])("cellNumber(%j) → %j", (value, expected) => {
    expect(cellNumber(value)).toBe(expected);
  });

  it("filledCells reads a 2-D range row by row, skipping empty cells, with 1-based positions", () => {
    expect(filledCells(P.range, [[1, "", 2], [null, "a"]])).toEqual([
      { value: 1, position: { row: 1, column: 1 } },
      { value: 2, position: { row: 1, column: 3 } },
      { value: "a", position: { row: 2, column: 2 } },
    ]);
  });

  it("filledCells reads a single value as a one-cell range and a flat list as one column", () => {
    expect(filledCells(P.range, 7)).toEqual([{ value: 7, position: { row: 1, column: 1 } }]);
    expect(filledCells(P.range, "")).toEqual([]);
    expect(filledCells(P.range, [5, "", 6])).toEqual([
      { value: 5, position: { row: 1, column: 1 } },
      { value: 6, position: { row: 3, column: 1 } },
    ]);
  });

  it("singleCell unwraps a 1 × 1 range and refuses larger ones and nested lists", () => {
    expect(singleCell(P.value, [[75]])).toBe(75);
    expect(singleCell(P.value, [75])).toBe(75);
    expect(singleCell(P.value, "x")).toBe("x");
    expect(() => singleCell(P.value, [[1], [2]])).toThrow("STAR_ECR: total (all calls): expected a single cell, received a range of 2 × 1 cells");
    expect(() => singleCell(P.value, [])).toThrow("received a range of 0 × 0 cells");
    expect(() => singleCell(P.value, [[[5]]])).toThrow("STAR_ECR: total (all calls): a cell cannot hold a list");
  });

  it("optionalNumber: empty → undefined; requiredNumber: empty → an error naming the argument", () => {
    expect(optionalNumber(P.value, null)).toBeUndefined();
    expect(optionalNumber(P.value, "3")).toBe(3);
    expect(() => requiredNumber(P.value, [[""]])).toThrow("STAR_ECR: total (all calls): is empty; a value is required / 参数 total(来电总数):不能为空");
  });

  it("language: zh by default and for an empty cell; en in any case", () => {
    expect(language(P.lang, undefined)).toBe("zh");
    expect(language(P.lang, "")).toBe("zh");
    expect(language(P.lang, [["En"]])).toBe("en");
  });

  it("cellAt and byPath find the place of a rule issue; an unknown path finds none", () => {
    const cells = filledCells(P.range, [["a"], [""], ["b"]]);
    expect(cellAt(P.range, cells)([1, "outcome"])).toEqual({ param: P.range, position: { row: 3, column: 1 } });
    expect(cellAt(P.range, cells)([5, "outcome"])).toBeUndefined();
    expect(cellAt(P.range, cells)(["outcome"])).toBeUndefined();
    expect(byPath({ "online.required": P.value })(["online", "required"])).toEqual({ param: P.value });
    expect(byPath({ totalCalls: P.value })(["simpleCalls"])).toBeUndefined();
  });
});

describe("sheet argument errors", () => {
  it("argumentError writes one line per problem, English then Chinese", () => {
    const error = argumentError("STAR_ECR", [
      { place: { param: P.value }, problem: { en: "bad", zh: "错" } },
      { place: { param: P.range, position: { row: 2, column: 3 } }, problem: { en: "worse", zh: "更错" } },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(
      "STAR_ECR: total (all calls): bad / 参数 total(来电总数):错\nSTAR_ECR: outcomes (outcomes), row 2, column 3 of the range: worse / 参数 outcomes(回访结果)区域第 2 行第 3 列:更错",
    );
  });

  it("namingArguments rethrows an AssessmentInputError naming the argument; an issue it cannot place is named by its JSON Pointer", () => {
    const run = () => {
      throw new AssessmentInputError([
        { path: ["totalCalls"], code: "NOT_WHOLE_NUMBER", message: { en: "not whole", zh: "不是整数" } },
        { path: ["other", 0], code: "invalid_value", message: { en: "odd", zh: "怪" } },
      ]);
    };
    expect(() => namingArguments("STAR_ECR", byPath({ totalCalls: P.value }), run)).toThrow(
      "STAR_ECR: total (all calls): not whole / 参数 total(来电总数):不是整数\nSTAR_ECR: /other/0: odd / /other/0:怪",
    );
  });

  it("namingArguments passes other errors through unchanged and returns the rule's result", () => {
    const boom = new RangeError("boom");
    expect(() =>
      namingArguments("STAR_ECR", () => undefined, () => {
        throw boom;
      }),
    ).toThrow(boom);
    expect(namingArguments("STAR_ECR", () => undefined, () => 42)).toBe(42);
  });
});
