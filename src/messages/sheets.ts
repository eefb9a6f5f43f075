/**
 * The figures of the spreadsheet functions' own sentences (`src/sheets/`): where a problem is (an
 * argument, a cell of a range) and what is wrong with a cell before a rule reads it.
 */
export interface SheetFigures {
  /** An argument, e.g. `total (来电总数)`. */
  readonly argument: { readonly name: string; readonly label: { readonly zh: string; readonly en: string } };
  /** One cell of a range argument, counted from the range's top-left cell. */
  readonly cell: { readonly name: string; readonly label: { readonly zh: string; readonly en: string }; readonly row: number; readonly column: number };
  readonly empty: Record<string, never>;
  readonly notNumber: { readonly shown: string };
  readonly notSingleCell: { readonly rows: number; readonly columns: number };
  readonly nestedList: Record<string, never>;
  readonly notRating: { readonly shown: string; readonly ratingMax: number; readonly words: string };
  readonly notLanguage: { readonly shown: string; readonly languages: string };
  readonly tooManyArguments: { readonly given: number; readonly most: number };
  readonly notItemRange: { readonly cells: number; readonly items: number };
}
