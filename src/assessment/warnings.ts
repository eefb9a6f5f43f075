import { toPointer } from "../errors/assessment-input-error.js";
import type { QuarterInput } from "../input/quarter.js";
import { ITEMS } from "../items.js";
import { type Bilingual, both } from "../messages/bilingual.js";
import { enWarnings } from "../messages/en/warnings.js";
import { zhWarnings } from "../messages/zh/warnings.js";
import type { ReadingId } from "../policy/clauses.js";

/** Something the assessment filled in by a reading because the input left it out. */
export interface AssessmentWarning {
  readonly code: "SECTION_MISSING";
  /** The section left out, e.g. `["training", "offline"]`. */
  readonly path: readonly string[];
  /** The same path as a JSON Pointer. */
  readonly pointer: string;
  /** The reading that scored it, or null (no key events: no adjustment). */
  readonly reading: ReadingId | null;
  readonly message: Bilingual;
}

/** The sections whose absence the readings fill in, and the reading that does. */
const SECTIONS: readonly { readonly path: readonly string[]; readonly label: Bilingual; readonly reading: ReadingId | null }[] = [
  ...ITEMS.map((item) => ({ path: [item.key], label: item.name, reading: ({ majorProjects: "R1", satisfaction: "R3", repOffice: "R9", ecr: "R8", training: "R9" } as const)[item.key] })),
  { path: ["training", "online"], label: { zh: "线上必修课", en: "online mandatory courses" }, reading: "R9" },
  { path: ["training", "offline"], label: { zh: "线下培训", en: "offline training" }, reading: "R9" },
  { path: ["keyEvents"], label: { zh: "关键事件", en: "key events" }, reading: null },
];

/**
 * A `SECTION_MISSING` warning for each section (or training part, when the training section is
 * there) that the input leaves out: it is scored as the readings say, and says so, so that a gap in
 * the data never passes unseen.
 *
 * @example missingSections({ partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 1, totalCalls: 9 } }).map((warning) => warning.pointer); // ["/majorProjects", "/satisfaction", "/repOffice", "/training", "/keyEvents"]
 */
export function missingSections(input: QuarterInput): AssessmentWarning[] {
  const present = (path: readonly string[]) => {
    let node: unknown = input;
    for (const key of path) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    return node !== undefined;
  };
  return SECTIONS.filter(({ path }) => !present(path) && (path.length === 1 || present(path.slice(0, -1)))).map(({ path, label, reading }) => {
    const pointer = toPointer(path);
    return { code: "SECTION_MISSING", path, pointer, reading, message: both(zhWarnings, enWarnings, "SECTION_MISSING", { pointer, label, reading }) };
  });
}
