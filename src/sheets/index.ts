import { quarterTotal } from "../assessment/total.js";
import { ITEMS, type ItemKey } from "../items.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { scoreEcr } from "../rules/ecr.js";
import { scoreReportedProjects } from "../rules/major-projects.js";
import { scoreRepOffice } from "../rules/rep-office.js";
import { scoreSatisfaction } from "../rules/satisfaction.js";
import { scoreTraining } from "../rules/training.js";
import { verdictOfScores } from "../verdict/verdict.js";
import { checkArity, fail, namingArguments, params, type Place, sheetMessage } from "./arguments.js";
import { byPath, type Cell, cellAt, cellNumber, filledCells, isEmptyCell, language, optionalNumber, type Range, requiredNumber, shown, singleCell } from "./cells.js";

export { SHEET_FUNCTIONS, type SheetFunction, type SheetFunctionName, type SheetParam } from "./declarations.js";
export { STAR_MAX_SIMPLE_CALLS, STAR_MIN_OFFLINE_ATTENDED, STAR_MIN_ONLINE_COMPLETED } from "./planning.js";

/**
 * The spreadsheet functions (`dist/sheets.global.js`): plain functions of cell values for Google
 * Sheets (Apps Script) and Excel custom functions, declared once in `declarations.ts`. Each reads its
 * cells and calls the library's own core function with what a sheet holds, so a sheet and
 * `assessQuarter` score alike; bad input throws an error naming the argument, never a number.
 * docs/spreadsheets.md shows how to install them.
 */

const MAJOR = params("STAR_MAJOR_PROJECTS");
const SATISFACTION = params("STAR_SATISFACTION");
const REP_OFFICE = params("STAR_REP_OFFICE");
const ECR = params("STAR_ECR");
const ECR_RATE = params("STAR_ECR_RATE");
const TRAINING = params("STAR_TRAINING");
const VERDICT = params("STAR_VERDICT");

/** What a STAR_MAJOR_PROJECTS cell says instead of a rating when the handover report was late or missing. */
const STATUS_WORDS: Readonly<Record<string, "late" | "missing">> = { late: "late", 逾期: "late", missing: "missing", 未提交: "missing" };

/**
 * Major-project delivery (三.2.1, clause `3.2.1`), from one cell per project: the rep office's rating
 * when the handover report was on time, or late / 逾期, missing / 未提交. Empty cells are skipped.
 *
 * @example STAR_MAJOR_PROJECTS([[28], ["missing"]]); // (28 + 0) ÷ 2 = 14
 */
export function STAR_MAJOR_PROJECTS(ratings: Range): number {
  checkArity("STAR_MAJOR_PROJECTS", arguments.length);
  const param = MAJOR.ratings;
  const cells = filledCells(param, ratings);
  const projects = cells.map(({ value, position }) => {
    const id = `R${position.row}C${position.column}`;
    const rating = cellNumber(value);
    if (rating !== undefined) return { id, status: "on-time" as const, rating };
    const status = typeof value === "string" ? STATUS_WORDS[value.trim().toLowerCase()] : undefined;
    if (status !== undefined) return { id, status };
    const words = Object.keys(STATUS_WORDS).join(" / ");
    return fail({ param, position }, sheetMessage("notRating", { shown: shown(value), ratingMax: CLOUD_DESKTOP_2024.majorProjects.ratingMax.value, words }));
  });
  return namingArguments("STAR_MAJOR_PROJECTS", cellAt(param, cells), () => scoreReportedProjects(projects)).score;
}

/**
 * Customer satisfaction (三.2.2, clause `3.2.2`), from one cell per surveyed project with its outcome
 * (the policy's label or code). Empty cells are skipped; each cell is its own project.
 *
 * @example STAR_SATISFACTION([["非常满意"], ["满意"], [""], ["回访不通"]]); // (25 + 15) ÷ 2 − 2 = 18
 */
export function STAR_SATISFACTION(outcomes: Range): number {
  checkArity("STAR_SATISFACTION", arguments.length);
  const param = SATISFACTION.outcomes;
  const cells = filledCells(param, outcomes);
  const surveys = cells.map(({ value, position }) => ({ projectId: `R${position.row}C${position.column}`, outcome: String(value).trim() }));
  return namingArguments("STAR_SATISFACTION", cellAt(param, cells), () => scoreSatisfaction(surveys)).score;
}

/**
 * Rep-office rating (三.2.3, clause `3.2.3`) from its five figures; an empty cell is not reported (0).
 *
 * @example STAR_REP_OFFICE(0, 1, 0, 3, 0); // 10 − 1 × 0.5 = 9.5
 */
export function STAR_REP_OFFICE(quality?: Cell, unlicensed?: Cell, vendorDays?: Cell, tickets?: Cell, keyEvent?: Cell): number {
  checkArity("STAR_REP_OFFICE", arguments.length);
  const fields = { deliveryQualityDeduction: ["quality", quality], unlicensedWorkCases: ["unlicensed", unlicensed], vendorAssistPersonDays: ["vendorDays", vendorDays], simpleIssueTickets: ["tickets", tickets], keyEventDeduction: ["keyEvent", keyEvent] } as const;
  const record = Object.fromEntries(Object.entries(fields).map(([key, [name, cell]]) => [key, optionalNumber(REP_OFFICE[name], cell)]));
  const places = byPath(Object.fromEntries(Object.entries(fields).map(([key, [name]]) => [key, REP_OFFICE[name]])));
  return namingArguments("STAR_REP_OFFICE", places, () => scoreRepOffice(record)).score;
}

/**
 * ECR (三.2.4, clause `3.2.4`) from the quarter's call counts.
 *
 * @example STAR_ECR(6, 75); // 6 ÷ 75 = 8 % exactly → 15
 */
export function STAR_ECR(simple: Cell, total: Cell): number {
  checkArity("STAR_ECR", arguments.length);
  const calls = { simpleCalls: requiredNumber(ECR.simple, simple), totalCalls: requiredNumber(ECR.total, total) };
  return namingArguments("STAR_ECR", byPath({ simpleCalls: ECR.simple, totalCalls: ECR.total }), () => scoreEcr(calls)).score;
}

/**
 * ECR (三.2.4, clause `3.2.4`) from the rate (0.095, "9.5%" or "9.5％"), with the simple-call count if known.
 *
 * @example STAR_ECR_RATE("9.5％"); // 8 % < 9.5 % ≤ 10 % → 12
 */
export function STAR_ECR_RATE(rate: Cell, simple?: Cell): number {
  checkArity("STAR_ECR_RATE", arguments.length);
  const rateCell = singleCell(ECR_RATE.rate, rate);
  if (isEmptyCell(rateCell)) fail({ param: ECR_RATE.rate }, sheetMessage("empty", {}));
  const calls = { rate: rateCell as number | string, simpleCalls: optionalNumber(ECR_RATE.simple, simple) };
  return namingArguments("STAR_ECR_RATE", byPath({ rate: ECR_RATE.rate, simpleCalls: ECR_RATE.simple }), () => scoreEcr(calls)).score;
}

/**
 * Training participation (三.2.5, clause `3.2.5`) from the two parts' head counts.
 *
 * @example STAR_TRAINING(6, 6, 3, 2); // 100 % → 10; 2 ÷ 3 ≈ 66.67 % → 3; 10 + 3 = 13
 */
export function STAR_TRAINING(onlineRequired: Cell, onlineCompleted: Cell, offlineRequired: Cell, offlineAttended: Cell): number {
  checkArity("STAR_TRAINING", arguments.length);
  const record = {
    online: { required: requiredNumber(TRAINING.onlineRequired, onlineRequired), completed: requiredNumber(TRAINING.onlineCompleted, onlineCompleted) },
    offline: { required: requiredNumber(TRAINING.offlineRequired, offlineRequired), attended: requiredNumber(TRAINING.offlineAttended, offlineAttended) },
  };
  const places = byPath({ "online.required": TRAINING.onlineRequired, "online.completed": TRAINING.onlineCompleted, "offline.required": TRAINING.offlineRequired, "offline.attended": TRAINING.offlineAttended });
  return namingArguments("STAR_TRAINING", places, () => scoreTraining(record)).score;
}

/** Whether an argument is a range of several cells (the five item scores), not one cell. */
const isRange = (value: unknown) => Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0]) && value[0].length === 1);

/**
 * The total's parts from STAR_TOTAL's or STAR_VERDICT's arguments: five cells and the adjustment, or
 * one range of five cells (a row or a column) and the adjustment. Returns the parts, where each came
 * from, and the arguments after the adjustment.
 */
function totalParts(fn: "STAR_TOTAL" | "STAR_VERDICT", args: readonly unknown[]) {
  const named = params(fn);
  const items = isRange(args[0])
    ? (() => {
        const cells = (args[0] as readonly unknown[]).flatMap((row, r) => (Array.isArray(row) ? row : [row]).map((value: unknown, c) => ({ value, position: { row: r + 1, column: c + 1 } })));
        if (cells.length !== ITEMS.length) fail({ param: named.major }, sheetMessage("notItemRange", { cells: cells.length, items: ITEMS.length }));
        return { cells: cells.map(({ value }) => [value]), places: cells.map(({ position }): Place => ({ param: named.major, position })), rest: args.slice(1) };
      })()
    : { cells: args.slice(0, ITEMS.length), places: (["major", "satisfaction", "repOffice", "ecr", "training"] as const).map((name): Place => ({ param: named[name] })), rest: args.slice(ITEMS.length) };
  const itemScores = {} as Record<ItemKey, number>;
  const where: Record<string, Place> = { adjustment: { param: named.adjustment } };
  ITEMS.forEach((item, index) => {
    const place = items.places[index] as Place;
    where[`itemScores.${item.key}`] = place;
    const value = singleCell(place.param, items.cells[index]);
    if (isEmptyCell(value)) fail(place, sheetMessage("empty", {}));
    const number = cellNumber(value);
    itemScores[item.key] = number === undefined ? fail(place, sheetMessage("notNumber", { shown: shown(value) })) : number;
  });
  const parts = { itemScores, adjustment: optionalNumber(named.adjustment, items.rest[0]) };
  return { parts, places: (path: readonly (string | number)[]) => where[path.join(".")], after: items.rest.slice(1), ranged: items.cells !== args };
}

/**
 * Quarterly total (三.1, reading R4): the five item scores, each rounded half up to 2 decimals, plus
 * the key-event adjustment; five cells, or a range of five and the adjustment.
 *
 * @example STAR_TOTAL(28, 25, 9.5, 15, 13, 2); // 92.5
 * @example STAR_TOTAL([[28, 25, 9.5, 15, 13]], 2); // 92.5
 */
export function STAR_TOTAL(major: Range, satisfaction?: Cell, repOffice?: Cell, ecr?: Cell, training?: Cell, adjustment?: Cell): number {
  const args = [major, satisfaction, repOffice, ecr, training, adjustment].slice(0, arguments.length);
  checkArity("STAR_TOTAL", arguments.length, isRange(major) ? 2 : undefined);
  const { parts, places } = totalParts("STAR_TOTAL", args);
  return namingArguments("STAR_TOTAL", places, () => quarterTotal(parts));
}

/**
 * The downgrade verdict of 四.1 (clauses `4.1.a`, `4.1.b`) from the item scores: "保持星级" / "keep",
 * or "降级:" / "downgrade:" and the reasons, in the library's own sentences; the language comes
 * last. Its dates, falsified customer information (三.2.2) and major key events (四.2.2) need a whole
 * quarter (`assessQuarter`).
 *
 * @example STAR_VERDICT(30, 25, 10, 15, 20); // "保持星级"
 * @example STAR_VERDICT([[30, 0, 10, 15, 20]], "", "en"); // "downgrade: 4.1.a: the item \"customer satisfaction\" scored 0"
 */
export function STAR_VERDICT(major: Range, satisfaction?: Cell, repOffice?: Cell, ecr?: Cell, training?: Cell, adjustment?: Cell, lang?: Cell): string {
  const args = [major, satisfaction, repOffice, ecr, training, adjustment, lang].slice(0, arguments.length);
  checkArity("STAR_VERDICT", arguments.length, isRange(major) ? 3 : undefined);
  const { parts, places, after } = totalParts("STAR_VERDICT", args);
  const chosen = language(VERDICT.lang, after[0]);
  return namingArguments("STAR_VERDICT", places, () => verdictOfScores({ itemScores: parts.itemScores, total: quarterTotal(parts) }).message[chosen]);
}
