import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessQuarter, CLOUD_DESKTOP_2024, headroom, type PassChange, toPass } from "../../src/index.js";
import { asNumber, ITEMS, nearer, oneUnitNearer, scan, setAt } from "./lever-scan.js";
import { quarterArbitrary } from "./quarter-arbitrary.js";

/**
 * toPass (docs/headroom.md), checked by brute force: for generated quarters downgraded on scores (四.1.a,
 * 四.1.b), every change it lists removes its reason when applied and assessed again, one unit nearer does not,
 * the changes come cheapest first, and a value-by-value scan of every lever finds no cheaper change and none
 * it missed.
 */

const threshold = CLOUD_DESKTOP_2024.verdict.passThreshold.value;

/** Quarters whose verdict has a reason on scores (the generator gives plenty: low items, totals below 70). */
const downgradedOnScores = quarterArbitrary.filter((input) =>
  assessQuarter(input).verdict.reasons.some((reason) => reason.code === "ITEM_ZERO" || reason.code === "TOTAL_BELOW_THRESHOLD"),
);

describe("H5 4.1.a 4.1.b toPass, checked by brute force on generated downgraded quarters", () => {
  it("each change removes its reason when applied (and one unit nearer does not), with the reported scores and verdict; cheapest first", () => {
    fc.assert(
      fc.property(downgradedOnScores, (input) => {
        const before = assessQuarter(input);
        const result = toPass(input);
        expect(result.downgrade).toBe(true);
        expect(result.reasons.map((reason) => reason.code)).toEqual(before.verdict.reasons.map((reason) => reason.code));
        for (const reason of result.reasons) {
          const removes = (after: ReturnType<typeof assessQuarter>) =>
            reason.code === "ITEM_ZERO" ? after.items[reason.item as (typeof ITEMS)[number]].score > 0 : after.total >= threshold;
          expect(reason.byScores).toBe(reason.code === "ITEM_ZERO" || reason.code === "TOTAL_BELOW_THRESHOLD");
          reason.changes.forEach((change, index) => {
            if (index > 0) expect(change.cost).toBeGreaterThanOrEqual((reason.changes[index - 1] as PassChange).cost);
            const after = assessQuarter(setAt(input, change.path, change.to));
            expect(removes(after), `${change.path} = ${String(change.to)}`).toBe(true);
            expect(after.items[change.item].score).toBe(change.scoreAfter);
            expect(after.total).toBe(change.totalAfter);
            expect(after.verdict.downgrade).toBe(change.downgradeAfter);
            const lever = headroom(input).items[change.item].levers.find((candidate) => candidate.path === change.path);
            const back = lever && oneUnitNearer(lever, change.to);
            if (back !== undefined && back !== null) expect(removes(assessQuarter(setAt(input, change.path, back))), `${change.path} = ${String(back)}`).toBe(false);
          });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("a scan of every lever finds exactly the changes listed: the nearest value that removes each reason, none missed", () => {
    fc.assert(
      fc.property(downgradedOnScores, (input) => {
        const room = headroom(input);
        const result = toPass(input);
        const deficit = new Decimal(threshold).minus(room.total);
        for (const reason of result.reasons.filter((candidate) => candidate.byScores)) {
          const items = reason.code === "ITEM_ZERO" ? [reason.item as (typeof ITEMS)[number]] : ITEMS;
          for (const item of items) {
            const current = room.items[item].score;
            const accept = (score: number) => (reason.code === "ITEM_ZERO" ? score > 0 : new Decimal(score).minus(current).greaterThanOrEqualTo(deficit));
            for (const lever of room.items[item].levers) {
              const seen = nearer(scan(lever, input, -1, current, CLOUD_DESKTOP_2024, accept), scan(lever, input, 1, current, CLOUD_DESKTOP_2024, accept));
              const listed = reason.changes.find((change) => change.path === lever.path);
              if (seen === null) {
                expect(listed, `${lever.path}: no single value removes ${reason.code}`).toBeUndefined();
                continue;
              }
              expect(listed, `${lever.path}: ${String(seen.to)} removes ${reason.code}`).toBeDefined();
              const change = listed as PassChange;
              const same = lever.unit === "day" ? change.to === seen.to : asNumber(lever, change.to).equals(asNumber(lever, seen.to));
              expect(same, `${lever.path}: ${String(change.to)} vs ${String(seen.to)}`).toBe(true);
              expect(change.cost).toBe(seen.units.toNumber());
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
