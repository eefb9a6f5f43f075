import type { Headroom, LeverScale } from "../headroom/headroom.js";
import type { Lever } from "../headroom/lever.js";
import type { QuarterPlan } from "../headroom/plan.js";
import type { ToPass } from "../headroom/to-pass.js";
import type { WhatIf } from "../headroom/what-if.js";
import { ITEMS } from "../items.js";
import { both, type Language } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import type { HeadroomLabel } from "../messages/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import { padEnd, padStart, width as columns } from "./score-card.js";

/**
 * The table and Markdown views of `headroom`, `planQuarter` and `whatIf`: each item as a bar, with its
 * band edges and where the partner stands, so the distance is seen, not read. Layout only: every
 * number comes from the library's results.
 */

/** The format of a view: plain text for a terminal, or Markdown (bars in a code block). */
export type ViewFormat = "table" | "markdown";

const BAR = 30;
const SCALE = 40;

const label = (name: HeadroomLabel, lang: Language) => both(zhHeadroom, enHeadroom, "label", { name })[lang];

/**
 * A score as a filled bar of `width` cells.
 *
 * @example scoreBar(7.5, 10, 10); // "[████████░░]"
 */
export function scoreBar(score: number, max: number, width = BAR): string {
  const filled = max <= 0 ? width : Math.max(0, Math.min(width, Math.round((score / max) * width)));
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}]`;
}

/** Where a value falls on a bar of `width` cells that spans `from … to`. */
function cell(value: number, from: number, to: number, width: number): number {
  if (to <= from) return 0;
  return Math.max(0, Math.min(width - 1, Math.round(((value - from) / (to - from)) * (width - 1))));
}

/** Writes `text` into `line` from `at`, when the cells are free (one blank before it); false when they are not. */
function place(line: string[], at: number, text: string): boolean {
  const cells = [...text];
  if (at + cells.length > line.length) return false;
  for (let i = Math.max(0, at - 1); i < at + cells.length; i += 1) if (line[i] !== " ") return false;
  cells.forEach((char, i) => (line[at + i] = char));
  return true;
}

/**
 * A lever's bands as an axis: `├` and `┤` its ends, `┼` where a band starts, `●` where the partner
 * stands (unless `marked` is false, for a plan); under it, each band's score at its start where there
 * is room. A long last band (ECR's 0 points up to all the calls) is cut short, its end value shown
 * after "…".
 *
 * @example scaleBar({ path: "/x", value: 1, min: 0, max: 4, bands: [{ from: 0, to: 1, score: 15 }, { from: 2, to: 4, score: 12 }] }, String, true, 5); // ["0 ├●─┼┤ 3…4", "  15 12"]
 */
export function scaleBar(scale: LeverScale, format: (value: number) => string = String, marked = true, width = SCALE): [string, string] {
  const last = scale.bands.at(-1);
  const lastStart = last === undefined ? scale.min : last.from;
  const reach = marked ? Math.max(scale.value, lastStart) : lastStart;
  const shownTo = Math.min(scale.max, reach + Math.max(1, Math.ceil((lastStart - scale.min) / 4)));
  const bar = Array.from({ length: width }, () => "─");
  bar[0] = "├";
  bar[width - 1] = "┤";
  const labels = Array.from({ length: width }, () => " ");
  scale.bands.forEach((band, index) => {
    const at = cell(band.from, scale.min, shownTo, width);
    if (index > 0) bar[at] = "┼";
    place(labels, at, String(band.score));
  });
  if (marked) bar[cell(scale.value, scale.min, shownTo, width)] = "●";
  const end = shownTo < scale.max ? `${format(shownTo)}…${format(scale.max)}` : format(scale.max);
  const start = format(scale.min);
  return [`${start} ${bar.join("")} ${end}`, `${" ".repeat(start.length + 1)}${labels.join("")}`.trimEnd()];
}

/**
 * The total on an axis from 0 to 100 (or the total, when higher), `┼` at the threshold, `●` the total.
 *
 * @example totalBar(75, 70, 11); // "0 ├──────┼●─┤ 100"
 */
export function totalBar(total: number, threshold: number, width = SCALE): string {
  const to = Math.max(100, Math.ceil(total));
  const from = Math.min(0, Math.floor(total));
  const bar = Array.from({ length: width }, () => "─");
  bar[0] = "├";
  bar[width - 1] = "┤";
  bar[cell(threshold, from, to, width)] = "┼";
  bar[cell(total, from, to, width)] = "●";
  return `${from} ${bar.join("")} ${to}`;
}

/** A lever's value as the scale shows it: a rate as a percentage, anything else as it is. */
function scaleFormat(scale: LeverScale): (value: number) => string {
  if (!scale.path.endsWith("/rate")) return String;
  return (value) => `${Math.round(value * 1_000_000) / 10_000}%`;
}

function leverLines(lever: Lever, lang: Language): string[] {
  const lines: string[] = [];
  if (lever.down) lines.push(`▼ ${lever.path} = ${String(lever.down.to)}: ${lever.down.message[lang]}`);
  if (lever.up) lines.push(`▲ ${lever.path} = ${String(lever.up.to)}: ${lever.up.message[lang]}`);
  return lines;
}

function toPassLines(plan: ToPass, lang: Language, markdown: boolean): string[] {
  if (!plan.downgrade) return [];
  const heading = `${label("toPass", lang)}: ${plan.message[lang]}`;
  return [
    markdown ? `**${heading}**` : heading,
    ...plan.reasons.flatMap((reason) => [
      `${markdown ? "- " : "  "}[${reason.clause}] ${reason.message[lang]}`,
      ...reason.changes.map((change) => `${markdown ? "  - " : "    "}${change.path} = ${String(change.to)} (${String(change.from)}): ${change.message[lang]}`),
    ]),
  ];
}

/**
 * A partner-quarter's headroom as a view: the total against the threshold, then each item with its
 * score bar, the bars of its banded levers, and each lever's nearest fall (▼) and rise (▲); the key
 * events; and, for a quarter that is downgraded, what would remove each reason.
 *
 * @example renderHeadroom(headroom({ partner: { id: "P-1" }, quarter: "2024-Q3" }), toPass({ partner: { id: "P-1" }, quarter: "2024-Q3" }), "en", "table").split("\n")[2]; // "total 100: 30 above the 70 needed (4.1.b)"
 */
export function renderHeadroom(result: Headroom, passing: ToPass, lang: Language, format: ViewFormat): string {
  const markdown = format === "markdown";
  const out: string[] = [];
  const title = `${result.partnerId} · ${result.quarter} · ${result.policy}`;
  out.push(markdown ? `### ${title}` : title, "", result.message[lang]);
  const block = (lines: string[]) => (markdown ? ["```text", ...lines, "```"] : lines);
  out.push(...block([totalBar(result.total, result.threshold)]), "");
  for (const { key, name } of ITEMS) {
    const item = result.items[key];
    const heading = `${name[lang]} (${item.clause})  ${item.score}/${item.max}`;
    out.push(markdown ? `#### ${heading}` : heading);
    const bars = [scoreBar(item.score, item.max), ...item.scales.flatMap((scale) => [scale.path, ...scaleBar(scale, scaleFormat(scale)).map((line) => `  ${line}`)])];
    out.push(...block(bars));
    const levers = item.levers.flatMap((lever) => leverLines(lever, lang));
    if (item.levers.length === 0) out.push(`${markdown ? "- " : "  "}${label("noLevers", lang)}`);
    else if (levers.length === 0) out.push(`${markdown ? "- " : "  "}${label("noChange", lang)}`);
    else out.push(...levers.map((line) => `${markdown ? "- " : "  "}${line}`));
    out.push("");
  }
  const events = result.keyEvents.majorEvents.map((event) => event.eventId).join(", ");
  out.push(both(zhHeadroom, enHeadroom, "keyEventsLine", { adjustment: result.keyEvents.adjustment, majorEvents: events })[lang]);
  const passLines = toPassLines(passing, lang, markdown);
  if (passLines.length > 0) out.push("", ...passLines);
  return `${out.join("\n")}\n`;
}

/**
 * A quarter's plan as a view: for ECR and each training part, a table of the bands with the most
 * simple calls or the fewest completions, and the bands drawn as a bar; the rep-office budget.
 *
 * @example renderPlan(planQuarter({ calls: 120 }), "en", "table").split("\n")[4]; // "  x ≤ 8%             15  9"
 */
export function renderPlan(plan: QuarterPlan, lang: Language, format: ViewFormat): string {
  const markdown = format === "markdown";
  const out: string[] = [markdown ? `### ${label("plan", lang)} · ${plan.policy}` : `${label("plan", lang)} · ${plan.policy}`, ""];
  const section = (heading: string, column: HeadroomLabel, rows: { band: string; points: number; count: number | null }[], scale: LeverScale | null) => {
    const none = label("unreachable", lang);
    out.push(markdown ? `#### ${heading}` : heading);
    if (markdown) {
      out.push("", `| ${label("band", lang)} | ${label("points", lang)} | ${label(column, lang)} |`, "|---|---:|---:|");
      out.push(...rows.map((row) => `| ${row.band} | ${row.points} | ${row.count ?? none} |`), "");
    } else {
      const bandWidth = Math.max(...[label("band", lang), ...rows.map((row) => row.band)].map(columns)) + 2;
      out.push(`  ${padEnd(label("band", lang), bandWidth)}${padStart(label("points", lang), 6)}  ${label(column, lang)}`);
      out.push(...rows.map((row) => `  ${padEnd(row.band, bandWidth)}${padStart(String(row.points), 6)}  ${row.count ?? none}`));
    }
    if (scale !== null) {
      const bar = scaleBar(scale, String, false);
      out.push(...(markdown ? ["```text", ...bar, "```"] : bar.map((line) => `  ${line}`)));
    }
    out.push("");
  };
  if (plan.ecr !== null) {
    const { calls, bands } = plan.ecr;
    // Along the simple calls each band runs from one more than the better band's most, to its own most.
    const runs = bands
      .map((band, index) => ({ from: index === 0 ? 0 : (bands[index - 1]?.maxSimpleCalls ?? -1) + 1, to: band.maxSimpleCalls ?? -1, score: band.points }))
      .filter((run) => run.to >= run.from);
    section(
      both(zhHeadroom, enHeadroom, "planVolume", { part: "ecr", volume: calls })[lang],
      "maxSimpleCalls",
      bands.map((band) => ({ band: band.band, points: band.points, count: band.maxSimpleCalls })),
      calls > 0 ? { path: "/ecr/simpleCalls", value: 0, min: 0, max: calls, bands: runs } : null,
    );
  }
  for (const part of ["online", "offline"] as const) {
    const training = plan[part];
    if (training === null) continue;
    section(
      both(zhHeadroom, enHeadroom, "planVolume", { part, volume: training.required })[lang],
      part === "online" ? "minCompleted" : "minAttended",
      training.bands.map((band) => ({ band: band.band, points: band.points, count: band.minDone })),
      null,
    );
  }
  const { max, budget, alone } = plan.repOffice;
  out.push(
    both(zhHeadroom, enHeadroom, "repOfficeBudget", {
      max,
      budget,
      cases: alone.unlicensedWorkCases,
      personDays: alone.vendorAssistPersonDays,
      points: alone.deliveryQualityDeduction,
      tickets: alone.simpleIssueTickets,
    })[lang],
  );
  return `${out.join("\n")}\n`;
}

/**
 * A what-if as a view: the changes, a table of every item, the adjustment and the total before and
 * after with the difference, and the verdict.
 *
 * @example renderWhatIf(whatIf({ partner: { id: "P-1" }, quarter: "2024-Q3" }, []), "en", "table").split("\n")[0]; // "what if · P-1 · 2024-Q3"
 */
export function renderWhatIf(result: WhatIf, lang: Language, format: ViewFormat): string {
  const markdown = format === "markdown";
  const title = `${label("whatIf", lang)} · ${result.before.partnerId} · ${result.before.quarter}`;
  const rows: [string, number, number, number][] = [
    ...ITEMS.map(({ key, name }): [string, number, number, number] => [name[lang], result.items[key].before, result.items[key].after, result.items[key].difference]),
    [label("keyEventAdjustment", lang), result.keyEventAdjustment.before, result.keyEventAdjustment.after, result.keyEventAdjustment.difference],
    [label("total", lang), result.total.before, result.total.after, result.total.difference],
  ];
  const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
  const changes = result.changes.map((change) => `${change.path}: ${JSON.stringify(change.from) ?? "—"} → ${JSON.stringify(change.to)}`);
  const header = [label("item", lang), label("before", lang), label("after", lang), label("difference", lang)];
  const out = [markdown ? `### ${title}` : title, ""];
  if (markdown) {
    out.push(...changes.map((change) => `- \`${change}\``), "", `| ${header.join(" | ")} |`, "|---|---:|---:|---:|");
    out.push(...rows.map(([name, before, after, difference]) => `| ${name} | ${before} | ${after} | ${signed(difference)} |`));
    out.push("", `**${result.verdict.message[lang]}**`);
  } else {
    const nameWidth = Math.max(...[header[0] as string, ...rows.map(([name]) => name)].map(columns)) + 2;
    out.push(...changes.map((change) => `  ${change}`), "");
    out.push(`${padEnd(header[0] as string, nameWidth)}${header.slice(1).map((word) => padStart(word, 12)).join("")}`);
    out.push(...rows.map(([name, before, after, difference]) => `${padEnd(name, nameWidth)}${[String(before), String(after), signed(difference)].map((value) => padStart(value, 12)).join("")}`));
    out.push("", result.verdict.message[lang]);
    out.push(`  ${result.verdict.reasonsBefore.join(", ") || "—"} → ${result.verdict.reasonsAfter.join(", ") || "—"}`);
  }
  return `${out.join("\n")}\n`;
}
