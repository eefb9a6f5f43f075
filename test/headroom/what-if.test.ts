import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessQuarter, headroom, whatIf } from "../../src/index.js";
import { pointerTokens, valueAt, withValueAt } from "../../src/headroom/json-pointer.js";
import { issuesOf } from "../support/issues-of.js";
import { quarterArbitrary } from "./quarter-arbitrary.js";

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", `${name}.json`), "utf8"));

describe("H9 whatIf", () => {
  it("fixture 07 with 16 simple calls: ECR 0 → 3 (16/100 = 16 %), total 71.41 → 74.41, and the downgrade is gone", () => {
    const result = whatIf(fixture("07-item-zero-ecr"), [{ path: "/ecr/simpleCalls", to: 16 }]);
    expect(result.changes).toEqual([{ path: "/ecr/simpleCalls", from: 18, to: 16 }]);
    expect(result.items.ecr).toEqual({ before: 0, after: 3, difference: 3 });
    expect(result.items.training).toEqual({ before: 20, after: 20, difference: 0 });
    expect(result.total).toEqual({ before: 71.41, after: 74.41, difference: 3 });
    expect(result.verdict).toEqual({
      before: "downgrade",
      after: "keep",
      reasonsBefore: ["ITEM_ZERO:ecr"],
      reasonsAfter: [],
      changed: true,
      message: { zh: "结论:降级 → 保持星级", en: "verdict: downgrade → star kept" },
    });
    expect(result.after.verdict.downgrade).toBe(false);
  });

  it("several changes in order, exact differences: satisfaction 13.33 → (10 + 25 + 0) / 3 = 11.67 is −1.66 in the rounded items (R4)", () => {
    const result = whatIf(fixture("07-item-zero-ecr"), [
      { path: "/satisfaction/0/outcome", to: "一般" },
      { path: "/ecr/simpleCalls", to: 16 },
    ]);
    expect(result.items.satisfaction).toEqual({ before: 13.33, after: 11.67, difference: -1.66 });
    expect(result.total).toEqual({ before: 71.41, after: 72.75, difference: 1.34 });
  });

  it("adds a member to an object that is there, and replaces a whole section; the key-event adjustment too", () => {
    const result = whatIf(fixture("14-sections-omitted"), [
      { path: "/ecr", to: { simpleCalls: 20, totalCalls: 100 } },
      { path: "/keyEvents", to: [{ id: "KE-1", kind: "penalty", points: 2.5, note: "超期挂账" }] },
    ]);
    // 20 % > 16 % → 0; −2.5: 88.5 − 15 − 2.5 = 71
    expect(result.items.ecr).toEqual({ before: 15, after: 0, difference: -15 });
    expect(result.keyEventAdjustment).toEqual({ before: 0, after: -2.5, difference: -2.5 });
    expect(result.total.after).toBe(71);
    expect(result.verdict).toMatchObject({ before: "keep", after: "downgrade", reasonsAfter: ["ITEM_ZERO:ecr"], changed: true });
  });

  it("a change that keeps the verdict says so; a major key event shows in the reasons", () => {
    const result = whatIf(fixture("12-blacklist-below-70"), [{ path: "/ecr/rate", to: "16%" }]);
    expect(result.verdict.before).toBe("blacklist");
    expect(result.verdict.after).toBe("blacklist");
    expect(result.verdict.reasonsBefore).toEqual(["ITEM_ZERO:ecr", "TOTAL_BELOW_THRESHOLD", "MAJOR_KEY_EVENT:KE-2504-51", "MAJOR_KEY_EVENT:KE-2504-53"]);
    expect(result.verdict.changed).toBe(true);
    expect(result.verdict.message.en).toBe("verdict unchanged: blacklist");
    expect(whatIf(fixture("01-all-clear"), []).verdict).toMatchObject({ changed: false, message: { zh: "结论不变:保持星级", en: "verdict unchanged: star kept" } });
  });

  it("never changes its input", () => {
    const input = fixture("07-item-zero-ecr");
    const copy = structuredClone(input);
    whatIf(Object.freeze(input), [{ path: "/ecr/simpleCalls", to: 16 }]);
    expect(input).toEqual(copy);
  });

  it("lists every bad change: not a pointer, nowhere in the input, a change without a value", () => {
    expect(
      issuesOf(() =>
        whatIf(fixture("01-all-clear"), [
          { path: "ecr/simpleCalls", to: 1 },
          { path: "/ecr/nothing/here", to: 1 },
          { path: "/majorProjects/7/rating", to: 1 },
          { path: "/ecr/simpleCalls", to: 1 },
        ]),
      ),
    ).toEqual([
      { path: ["changes", 0, "path"], code: "NOT_POINTER" },
      { path: ["changes", 1, "path"], code: "POINTER_NOT_FOUND" },
      { path: ["changes", 2, "path"], code: "POINTER_NOT_FOUND" },
    ]);
    expect(issuesOf(() => whatIf(fixture("01-all-clear"), [{ path: "/ecr/simpleCalls" }, { path: "/ecr/totalCalls", to: Number.NaN }, { path: 3, to: [new Date(0)] }] as never))).toEqual([
      { path: ["changes", 0, "to"], code: "NOT_JSON_VALUE" },
      { path: ["changes", 1, "to"], code: "NOT_JSON_VALUE" },
      { path: ["changes", 2, "path"], code: "invalid_type" },
      { path: ["changes", 2, "to"], code: "NOT_JSON_VALUE" },
    ]);
    expect(issuesOf(() => whatIf(fixture("01-all-clear"), "/ecr" as never))).toEqual([{ path: ["changes"], code: "invalid_type" }]);
  });

  it("a change that makes the input invalid is an input error with the input's paths; so is a bad input", () => {
    expect(issuesOf(() => whatIf(fixture("01-all-clear"), [{ path: "/ecr/simpleCalls", to: 91 }]))).toEqual([{ path: ["ecr", "simpleCalls"], code: "SIMPLE_ABOVE_TOTAL" }]);
    expect(issuesOf(() => whatIf(fixture("01-all-clear"), [{ path: "/__proto__", to: {} }]))).toEqual([{ path: ["__proto__"], code: "unrecognized_keys" }]);
    expect(issuesOf(() => whatIf({ partner: { id: "P" } }, []))).toEqual([{ path: ["quarter"], code: "invalid_type" }]);
  });

  it("applying a lever's reported change gives the lever's reported scores (headroom and whatIf agree)", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const room = headroom(input);
        for (const item of ["majorProjects", "satisfaction", "repOffice", "ecr", "training"] as const) {
          for (const lever of room.items[item].levers) {
            const change = lever.down ?? lever.up;
            if (change === null) continue;
            const result = whatIf(input, [{ path: lever.path, to: change.to }]);
            expect(result.items[item].after).toBe(change.scoreAfter);
            expect(result.total.after).toBe(change.totalAfter);
            expect(result.before).toEqual(assessQuarter(input));
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("H9 JSON Pointers (RFC 6901) of whatIf", () => {
  it("unescapes ~1 and ~0, and refuses what is not a pointer to a member", () => {
    expect(pointerTokens("/a~1b/c~0d/0")).toEqual(["a/b", "c~d", "0"]);
    expect(pointerTokens("")).toBeUndefined();
    expect(pointerTokens("a")).toBeUndefined();
    expect(pointerTokens("/a~2")).toBeUndefined();
    expect(pointerTokens("/a~")).toBeUndefined();
  });

  it("reads own members and array elements by canonical index", () => {
    const document = { a: [10, 20], b: { c: null } };
    expect(valueAt(document, ["a", "1"])).toBe(20);
    expect(valueAt(document, ["a", "01"])).toBeUndefined();
    expect(valueAt(document, ["b", "c"])).toBeNull();
    expect(valueAt(document, ["toString"])).toBeUndefined();
    expect(valueAt(document, ["b", "c", "d"])).toBeUndefined();
  });

  it("writes a copy along the path only, and refuses a place whose parent is not there", () => {
    const document = { a: [{ x: 1 }, { x: 2 }], b: { c: 3 } };
    const changed = withValueAt(document, ["a", "1", "x"], 5) as typeof document;
    expect(changed).toEqual({ a: [{ x: 1 }, { x: 5 }], b: { c: 3 } });
    expect(changed.b).toBe(document.b);
    expect(document.a[1]?.x).toBe(2);
    expect(withValueAt(document, ["b", "d"], 4)).toEqual({ a: document.a, b: { c: 3, d: 4 } });
    expect(withValueAt(document, ["a", "2"], 1)).toBeUndefined();
    expect(withValueAt(document, ["a", "x"], 1)).toBeUndefined();
    expect(withValueAt(document, ["a", "0", "x", "y"], 1)).toBeUndefined();
    expect(withValueAt(document, ["z", "y"], 1)).toBeUndefined();
    expect(withValueAt(document, [], 1)).toBe(1);
    expect(withValueAt({ a: [1, 2] }, ["a", "1"], 5)).toEqual({ a: [1, 5] });
  });
});
