import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { STAR_MAX_SIMPLE_CALLS, STAR_MIN_OFFLINE_ATTENDED, STAR_MIN_ONLINE_COMPLETED } from "../../src/sheets/planning.js";

// The planning functions as a sheet calls them; expected values worked out by hand from 三.2.4 / 三.2.5.

describe("3.2.4 STAR_MAX_SIMPLE_CALLS", () => {
  it.each([
    ["120 calls, 15 points: ⌊8 × 120 / 100⌋ = 9", 120, 15, 9],
    ["75 calls, 15 points: 6/75 is exactly 8 %", 75, 15, 6],
    ["50 calls, 15 points: at most 5 simple calls score in full, more than ⌊4⌋", 50, 15, 5],
    ["120 calls, 3 points: ⌊16 × 120 / 100⌋ = 19", "120", "3", 19],
    ["a 1 × 1 range: [[200]], 12 points: ⌊10 × 200 / 100⌋ = 20", [[200]], 12, 20],
  ])("%s", (_why, calls, points, expected) => {
    expect(STAR_MAX_SIMPLE_CALLS(calls as never, points as never)).toBe(expected);
  });

  it("names the argument of a bad value, in English and Chinese", () => {
    expect(() => STAR_MAX_SIMPLE_CALLS(120, 13)).toThrow("STAR_MAX_SIMPLE_CALLS: points (ECR band points): 13 is not the points of a band; one of 15, 12, 9, 6, 3, 0 / 参数 points(ECR 档位得分):13 不是任何分档的得分;可用:15, 12, 9, 6, 3, 0");
    expect(() => STAR_MAX_SIMPLE_CALLS(-5, 15)).toThrow(/^STAR_MAX_SIMPLE_CALLS: calls \(calls\): .*expected a whole number from 0 to 1,000,000,000, received -5 \/ 参数 calls\(来电总数\):/);
    expect(() => STAR_MAX_SIMPLE_CALLS("", 15)).toThrow("STAR_MAX_SIMPLE_CALLS: calls (calls): is empty; a value is required / 参数 calls(来电总数):不能为空");
  });
});

describe("3.2.5 STAR_MIN_ONLINE_COMPLETED and STAR_MIN_OFFLINE_ATTENDED", () => {
  it.each([
    ["8 learners, 5 points: ⌈80 × 8 / 100⌉ = 7", 8, 5, 7],
    ["8 learners, 10 points: all 8", 8, 10, 8],
    ["nobody required: 0 (R9)", 0, 10, 0],
  ])("online: %s", (_why, required, points, expected) => {
    expect(STAR_MIN_ONLINE_COMPLETED(required, points)).toBe(expected);
  });

  it.each([
    ["5 core engineers, 8 points: 4/5 = 80 %", 5, 8, 4],
    ["7 core engineers, 3 points: ⌈60 × 7 / 100⌉ = 5", 7, 3, 5],
  ])("offline: %s", (_why, required, points, expected) => {
    expect(STAR_MIN_OFFLINE_ATTENDED(required, points)).toBe(expected);
  });

  it("names the argument of a bad value", () => {
    expect(() => STAR_MIN_ONLINE_COMPLETED(8, 8)).toThrow(/^STAR_MIN_ONLINE_COMPLETED: points \(online band points\): 8 is not the points of a band; one of 0, 5, 10 \/ 参数 points\(线上档位得分\):8 不是/);
    expect(() => STAR_MIN_OFFLINE_ATTENDED(2.5, 8)).toThrow(/^STAR_MIN_OFFLINE_ATTENDED: required \(core engineers required\): .* \/ 参数 required\(线下培训应参加核心工程师数\):/);
  });
});

describe("the planning functions in the spreadsheet bundle, where BigInt is missing", () => {
  it("STAR_MAX_SIMPLE_CALLS(120, 15) → 9, STAR_MIN_ONLINE_COMPLETED(8, 5) → 7, STAR_MIN_OFFLINE_ATTENDED(7, 3) → ⌈4.2⌉ = 5", () => {
    // dist/sheets.global.js as a sheet runs it: a fresh context without BigInt (older Excel runtimes lack it)
    const context = vm.createContext({});
    vm.runInContext("delete globalThis.BigInt", context);
    vm.runInContext(readFileSync(join(import.meta.dirname, "..", "..", "dist", "sheets.global.js"), "utf8"), context);
    const sheet = context as Record<string, (...args: unknown[]) => unknown>;
    expect(sheet.STAR_MAX_SIMPLE_CALLS?.(120, 15)).toBe(9);
    expect(sheet.STAR_MIN_ONLINE_COMPLETED?.(8, 5)).toBe(7);
    expect(sheet.STAR_MIN_OFFLINE_ATTENDED?.(7, 3)).toBe(5);
    expect(() => sheet.STAR_MAX_SIMPLE_CALLS?.(120, 13)).toThrow(/^STAR_MAX_SIMPLE_CALLS: points \(ECR band points\): 13 is not the points of a band/);
  });
});
