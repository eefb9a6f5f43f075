import { decimalFraction } from "../numbers/fraction.js";
import type { BandTable } from "../policy/schema.js";

// A policy is deep-frozen, so each table's edges are read once (a WeakMap keyed by the frozen table).
const tables = new WeakMap<BandTable, readonly (readonly [bigint, bigint])[]>();

function edgesOf(table: BandTable): readonly (readonly [bigint, bigint])[] {
  let edges = tables.get(table);
  if (edges === undefined) {
    edges = table.bands.map((band) => decimalFraction(band.from.at)).map(({ numerator, denominator }) => [BigInt(numerator), BigInt(denominator)] as const);
    tables.set(table, edges);
  }
  return edges;
}

/**
 * A ratio of whole numbers as a percentage for a sentence: 2 decimals, half up, like the rules'
 * steps, with more decimals (up to 8) when 2 would print a band edge the ratio is not on, so a
 * sentence never contradicts its band: 799,999 of 1,000,000 is "79.9999%", not "80%", which would read
 * as "≥ 80%".
 *
 * @example shareText(799_999, 1_000_000, CLOUD_DESKTOP_2024.training.online.bands); // "79.9999%"
 * @example shareText(6, 75, CLOUD_DESKTOP_2024.ecr.bands); // "8%"
 */
export function shareText(numerator: number, denominator: number, table: BandTable): string {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const edges = edgesOf(table);
  let decimals = 2;
  let units = 0n;
  for (; decimals <= 8; decimals += 1) {
    const scale = 10n ** BigInt(decimals);
    units = (2n * n * 100n * scale + d) / (2n * d); // the percentage in units of 10^-decimals, half up
    // an edge p/q printed: units / (100 · scale) = p / q; the ratio itself on it: n / d = p / q
    const printsEdge = edges.some(([p, q]) => units * q === p * 100n * scale && n * q !== p * d);
    if (!printsEdge) break;
  }
  const text = units.toString().padStart(decimals + 1, "0");
  const whole = text.slice(0, -decimals);
  const fraction = text.slice(-decimals).replace(/0+$/, "");
  return `${whole}${fraction === "" ? "" : `.${fraction}`}%`;
}
