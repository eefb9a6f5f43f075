import type { Sentences } from "../bilingual.js";
import type { SheetFigures } from "../sheets.js";

/** The spreadsheet functions' sentences in English. */
export const enSheets: Sentences<SheetFigures> = {
  argument: (f) => `${f.name} (${f.label.en})`,
  cell: (f) => `${f.name} (${f.label.en}), row ${f.row}, column ${f.column} of the range`,
  empty: () => "is empty; a value is required",
  notNumber: (f) => `expected a number, received ${f.shown}`,
  notSingleCell: (f) => `expected a single cell, received a range of ${f.rows} × ${f.columns} cells`,
  nestedList: () => "a cell cannot hold a list",
  notRating: (f) => `expected the rep office's rating 0 to ${f.ratingMax}, or ${f.words} (handover report late or missing), received ${f.shown}`,
  notLanguage: (f) => `expected a language ${f.languages}, received ${f.shown}`,
  tooManyArguments: (f) => `too many arguments: ${f.given} given, at most ${f.most}`,
  notItemRange: (f) => `a range of the five item scores holds ${f.items} cells, received ${f.cells}`,
};
