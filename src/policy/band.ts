import { Decimal } from "decimal.js";
import { compareFractions, decimalFraction, type Fraction, percentText } from "../numbers/fraction.js";
import type { Band, BandTable } from "./schema.js";

/** A band with its edges read as exact fractions. */
interface ReadBand {
  readonly band: Band;
  readonly from: Fraction;
  readonly to: Fraction | null;
}

// Edges are plain decimal strings of any length; × 100 must not round them.
const EdgeDecimal = Decimal.clone({ precision: 1000 });

// Reading the edges' decimal strings is most of a lookup's cost, and a policy is deep-frozen, so each
// table is read once. A WeakMap keyed by the frozen table: no observable state, nothing kept alive.
const readTables = new WeakMap<BandTable, readonly ReadBand[]>();
const bandTexts = new WeakMap<Band, string>();
const tableEdges = new WeakMap<BandTable, readonly Fraction[]>();

function readTable(table: BandTable): readonly ReadBand[] {
  let read = readTables.get(table);
  if (read === undefined) {
    read = table.bands.map((band) => ({ band, from: decimalFraction(band.from.at), to: band.to === null ? null : decimalFraction(band.to.at) }));
    readTables.set(table, read);
  }
  return read;
}

/**
 * The band of a table that holds a ratio, compared exactly at every edge (exact fractions, never
 * binary floats).
 *
 * @example findBand(CLOUD_DESKTOP_2024.ecr.bands, ratio(6, 75)).points; // 15
 */
export function findBand(table: BandTable, value: Fraction): Band {
  const found = readTable(table).find(({ band, from, to }) => {
    const fromSide = compareFractions(value, from);
    const aboveFrom = fromSide > 0 || (fromSide === 0 && band.from.inclusive);
    if (!aboveFrom || to === null || band.to === null) return aboveFrom;
    const toSide = compareFractions(value, to);
    return toSide < 0 || (toSide === 0 && band.to.inclusive);
  });
  // A validated table starts at 0 inclusive and has no gaps, so every ratio ≥ 0 falls in a band.
  return (found as ReadBand).band;
}

/**
 * Every edge of a table as an exact fraction, in order: what a ratio shown to people must never be
 * mistaken for (see {@link percentText}).
 *
 * @example bandEdges(CLOUD_DESKTOP_2024.training.online.bands); // [{ numerator: 0, denominator: 1 }, { numerator: 8, denominator: 10 }, { numerator: 1, denominator: 1 }]
 */
export function bandEdges(table: BandTable): readonly Fraction[] {
  let edges = tableEdges.get(table);
  if (edges === undefined) {
    edges = readTable(table).map((band) => band.from);
    tableEdges.set(table, edges);
  }
  return edges;
}

/**
 * A ratio as a percentage for people, never printed as a band edge of `table` it is not.
 *
 * @example bandPercent(CLOUD_DESKTOP_2024.ecr.bands, ratio(6, 75)); // "8%"
 */
export function bandPercent(table: BandTable, value: Fraction): string {
  return percentText(value, bandEdges(table));
}

/**
 * A band's range as text, e.g. "8% < x ≤ 10%".
 *
 * @example describeBand(CLOUD_DESKTOP_2024.ecr.bands.bands[1]); // "8% < x ≤ 10%"
 */
export function describeBand(band: Band): string {
  let text = bandTexts.get(band);
  if (text === undefined) {
    // An edge is an exact decimal, so its percentage is exact too: "0.0800001" is 8.00001%, never "≈8%".
    const pct = (at: string) => `${new EdgeDecimal(at).times(100).toFixed()}%`;
    const startsAtZero = new Decimal(band.from.at).isZero() && band.from.inclusive;
    const lower = startsAtZero ? "" : `${pct(band.from.at)} ${band.from.inclusive ? "≤" : "<"} `;
    const upper = band.to === null ? "" : ` ${band.to.inclusive ? "≤" : "<"} ${pct(band.to.at)}`;
    text = `${lower}x${upper}`;
    bandTexts.set(band, text);
  }
  return text;
}
