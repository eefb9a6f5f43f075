import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertPolicy, assessQuarter, CLOUD_DESKTOP_2024, headroom, type Lever, type LeverChange } from "../../src/index.js";
import { asNumber, ITEMS, nearer, oneUnitNearer, scan, type Seen, setAt } from "./lever-scan.js";
import { quarterArbitrary } from "./quarter-arbitrary.js";

/**
 * Headroom (docs/headroom.md), checked by brute force: for generated partner-quarters, every change
 * `headroom` reports is applied to the input and assessed again (`assessQuarter`), and every lever is scanned
 * value by value on its grid with the item's own rule, independently of the search in src/headroom. Nothing
 * here knows where the policy's edges are.
 */

function expectSame(reported: LeverChange | null, seen: Seen | null, lever: Lever): void {
  if (seen === null) {
    expect(reported, `${lever.path}: nothing changes the score that way`).toBeNull();
    return;
  }
  expect(reported, `${lever.path}: the scan finds ${String(seen.to)}`).not.toBeNull();
  const change = reported as LeverChange;
  const same = lever.unit === "day" ? change.to === seen.to : asNumber(lever, change.to).equals(asNumber(lever, seen.to));
  expect(same, `${lever.path}: ${String(change.to)} vs ${String(seen.to)}`).toBe(true);
  expect(change.scoreAfter).toBe(seen.score);
}

/**
 * The 2024 policy with every reading turned the other way: a seat-weighted mean (R7), a report on the
 * deadline day late (R5), ticket tiers that add (R6), −5 on top of −2 (R2). Headroom must follow the
 * policy object, not the 2024 numbers.
 */
const OTHER_READINGS = assertPolicy({
  ...structuredClone(CLOUD_DESKTOP_2024),
  id: "other-readings",
  majorProjects: {
    ...structuredClone(CLOUD_DESKTOP_2024.majorProjects),
    aggregation: { value: "seat-weighted-mean", clause: "3.2.1", reading: "R7" },
    deadlineDayIsOnTime: { value: false, clause: "3.2.1", reading: "R5" },
  },
  satisfaction: {
    ...structuredClone(CLOUD_DESKTOP_2024.satisfaction),
    unreachableAfterReminder: { ...structuredClone(CLOUD_DESKTOP_2024.satisfaction.unreachableAfterReminder), addsToUnreachable: { value: true, clause: "3.2.2", reading: "R2" } },
  },
  repOffice: {
    ...structuredClone(CLOUD_DESKTOP_2024.repOffice),
    simpleIssueTickets: { ...structuredClone(CLOUD_DESKTOP_2024.repOffice.simpleIssueTickets), combine: { value: "add", clause: "3.2.3", reading: "R6" } },
  },
});

describe.each([
  ["the 2024 policy", CLOUD_DESKTOP_2024, 100, 40],
  ["a policy with the other readings of R2, R5, R6, R7", OTHER_READINGS, 30, 15],
] as const)("H1 H7 headroom, checked by brute force on generated quarters, under %s", (_name, policy, runs, scans) => {
  it("every reported change, applied to the input, is valid and gives the reported score and total; one unit nearer leaves the score as today", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const result = headroom(input, { policy });
        const before = assessQuarter(input, { policy });
        expect(result.total).toBe(before.total);
        for (const item of ITEMS) {
          const { score, levers } = result.items[item];
          expect(score).toBe(before.items[item].score);
          for (const lever of levers) {
            for (const [change, falls] of [
              [lever.down, true],
              [lever.up, false],
            ] as const) {
              if (change === null) continue;
              const after = assessQuarter(setAt(input, lever.path, change.to), { policy });
              expect(after.items[item].score, `${lever.path} = ${String(change.to)}`).toBe(change.scoreAfter);
              expect(after.total, `${lever.path} = ${String(change.to)}`).toBe(change.totalAfter);
              expect(falls ? change.scoreAfter < score : change.scoreAfter > score).toBe(true);
              const back = oneUnitNearer(lever, change.to);
              if (back !== undefined) expect(assessQuarter(setAt(input, lever.path, back), { policy }).items[item].score, `${lever.path} = ${String(back)}`).toBe(score);
            }
          }
        }
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it("down and up are the nearest falls and rises a value-by-value scan of each lever finds (a tie: down to the larger value, up to the smaller)", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const result = headroom(input, { policy });
        for (const item of ITEMS) {
          const { score, levers } = result.items[item];
          for (const lever of levers) {
            const ahead = scan(lever, input, 1, score, policy);
            const back = scan(lever, input, -1, score, policy);
            const falls = (seen: Seen | null) => (seen !== null && seen.score < score ? seen : null);
            const rises = (seen: Seen | null) => (seen !== null && seen.score > score ? seen : null);
            expectSame(lever.down, nearer(falls(ahead), falls(back)), lever);
            expectSame(lever.up, nearer(rises(back), rises(ahead)), lever);
          }
        }
      }),
      { numRuns: scans },
    );
  }, 120_000);

  it("is deterministic and leaves its input untouched", () => {
    fc.assert(
      fc.property(quarterArbitrary, (input) => {
        const copy = structuredClone(input);
        const first = headroom(Object.freeze(input), { policy });
        expect(headroom(input, { policy })).toEqual(first);
        expect(input).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
