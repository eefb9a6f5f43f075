import { Decimal } from "decimal.js";
import type { Band, BandTable } from "./schema.js";

function compareRatioTo(numerator: Decimal, denominator: Decimal, edge: string): number {
  // numerator / denominator ⋚ edge  ⇔  numerator ⋚ edge × denominator (denominator > 0): no division,
  // so 6/75 is exactly 8 % and never 0.08000000001.
  return numerator.comparedTo(denominator.times(edge));
}

/**
 * The band of a table that holds the ratio `numerator / denominator` (denominator > 0), compared
 * exactly at every edge.
 *
 * @example findBand(CLOUD_DESKTOP_2024.ecr.bands, exact(6), exact(75)).points; // 15 (exactly 8 %, "ECR≤8%")
 */
export function findBand(table: BandTable, numerator: Decimal, denominator: Decimal): Band {
  const band = table.bands.find((candidate) => {
    const fromSide = compareRatioTo(numerator, denominator, candidate.from.at);
    const aboveFrom = fromSide > 0 || (fromSide === 0 && candidate.from.inclusive);
    if (!aboveFrom || candidate.to === null) return aboveFrom;
    const toSide = compareRatioTo(numerator, denominator, candidate.to.at);
    return toSide < 0 || (toSide === 0 && candidate.to.inclusive);
  });
  // A validated table covers 0 … ∞ without gaps, so only a negative ratio can miss every band.
  if (!band) throw new RangeError(`ratio ${numerator.toString()}/${denominator.toString()} is outside the band table`);
  return band;
}

/**
 * A band's range as text, e.g. "8% < x ≤ 10%".
 *
 * @example describeBand(CLOUD_DESKTOP_2024.ecr.bands.bands[1]); // "8% < x ≤ 10%"
 */
export function describeBand(band: Band): string {
  const pct = (at: string) => `${new Decimal(at).times(100).toString()}%`;
  const lower = new Decimal(band.from.at).isZero() && band.from.inclusive ? "" : `${pct(band.from.at)} ${band.from.inclusive ? "≤" : "<"} `;
  const upper = band.to === null ? "" : ` ${band.to.inclusive ? "≤" : "<"} ${pct(band.to.at)}`;
  return `${lower}x${upper}`;
}
