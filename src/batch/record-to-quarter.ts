import type { Bilingual } from "../messages/bilingual.js";
import { CELL_WORDS, type ColumnSpec, GROUPS, type GroupSpec, type HeaderTarget, headerTarget } from "./columns.js";

/** A problem with one cell or the header of a batch file, in both languages. */
export interface CellProblem {
  /** The header of the column, or null for the header line itself. */
  readonly column: string | null;
  readonly message: Bilingual;
}

/** The columns of a batch file, read from its header line. */
export interface BatchHeader {
  readonly targets: readonly HeaderTarget[];
}

/**
 * Reads a header line: every header must be a known column (in English or Chinese), once. A typo
 * must not score silently, so an unknown or repeated header fails the whole file.
 *
 * @example readHeader(["partner_id", "quarter", "ecr_simple_calls"]).problems; // []
 */
export function readHeader(headers: readonly string[]): { header: BatchHeader; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const targets: HeaderTarget[] = [];
  const seen = new Map<string, string>();
  for (const raw of headers) {
    const name = raw.replace(/^\uFEFF/, "").trim();
    const target = headerTarget(name);
    if (!target) {
      problems.push({ column: null, message: { zh: `未知的列名 "${name}"(见 docs/batch.md)`, en: `unknown column "${name}" (see docs/batch.md)` } });
      continue;
    }
    const key = "group" in target ? `${target.group.section}.${target.index}.${target.column.en}` : target.column.en;
    const previous = seen.get(key);
    if (previous !== undefined) {
      problems.push({ column: null, message: { zh: `列 "${name}" 与 "${previous}" 重复`, en: `column "${name}" repeats "${previous}"` } });
    }
    seen.set(key, name);
    targets.push(target);
  }
  for (const required of ["partner_id", "quarter"]) {
    if (!targets.some((target) => !("group" in target) && target.column.en === required)) {
      problems.push({ column: null, message: { zh: `缺少必需的列 ${required}`, en: `the required column ${required} is missing` } });
    }
  }
  return { header: { targets }, problems };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(["true", "yes", "1", "是", "y"]);
const FALSE_WORDS = new Set(["false", "no", "0", "否", "n"]);

/** A cell's value as the partner-quarter wants it; strings it cannot read pass through for the schema to report. */
function cellValue(text: string, column: ColumnSpec): { value: unknown } | { problem: Bilingual } {
  switch (column.kind) {
    case "number":
      return { value: NUMBER.test(text) ? Number(text) : text };
    case "rate":
      return { value: NUMBER.test(text) ? Number(text) : text };
    case "boolean": {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { problem: { zh: `应为 是/否(true/false),收到 "${text}"`, en: `expected true/false (是/否), got "${text}"` } };
    }
    case "json":
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { problem: { zh: "不是有效的 JSON 数组", en: "not a valid JSON array" } };
      }
    case "nullableDate":
      return { value: ["null", "-", "未提交", "missing"].includes(text.toLowerCase()) ? null : text };
    default:
      return { value: CELL_WORDS[text] ?? text };
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const last = path.length - 1;
  let node = target;
  for (const key of path.slice(0, last)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[last] as string] = value;
}

/**
 * One CSV record as a partner-quarter object, and a map from JSON Pointers of the object to the
 * columns they came from (so an input error can name the column). Empty cells are absent values;
 * a section with no filled cell is absent; a group member with no filled cell is skipped.
 *
 * @example recordToQuarter(readHeader(["partner_id", "quarter", "ecr_simple_calls"]).header, ["P-1", "2024-Q3", "4"]).quarter; // { partner: { id: "P-1" }, quarter: "2024-Q3", ecr: { simpleCalls: 4 } }
 */
export function recordToQuarter(
  header: BatchHeader,
  cells: readonly string[],
): { quarter: Record<string, unknown>; columnOf: Map<string, string>; problems: CellProblem[] } {
  const quarter: Record<string, unknown> = {};
  const columnOf = new Map<string, string>();
  const problems: CellProblem[] = [];
  // A row longer or shorter than the header is misaligned: its cells cannot be trusted to their columns.
  if (cells.length !== header.targets.length) {
    problems.push({
      column: null,
      message: { zh: `本行有 ${cells.length} 个单元格,表头有 ${header.targets.length} 列`, en: `${cells.length} cells, but the header has ${header.targets.length} columns` },
    });
  }
  // Group members are numbered by the file; they are packed in order, skipping empty ones.
  const members = new Map<string, Map<number, [HeaderTarget, unknown][]>>();
  header.targets.forEach((target, position) => {
    const text = (cells[position] ?? "").trim();
    if (text === "") return;
    const read = cellValue(text, target.column);
    if ("problem" in read) {
      problems.push({ column: target.header, message: read.problem });
      return;
    }
    if (!("group" in target)) {
      setPath(quarter, target.column.path, read.value);
      columnOf.set(`/${target.column.path.join("/")}`, target.header);
      return;
    }
    const section = members.get(target.group.section) ?? new Map<number, [HeaderTarget, unknown][]>();
    members.set(target.group.section, section);
    section.set(target.index, [...(section.get(target.index) ?? []), [target, read.value]]);
  });
  for (const [section, byIndex] of members) {
    if (quarter[section] !== undefined) {
      problems.push({
        column: null,
        message: { zh: `${section} 同时以 JSON 列和编号列给出,请只用一种`, en: `${section} is given both as a JSON column and as numbered columns; use one` },
      });
      continue;
    }
    const group = GROUPS.find((candidate) => candidate.section === section) as GroupSpec;
    const list = [...byIndex.keys()].sort((a, b) => a - b).map((index, position) => {
      // An empty "submitted on" cell of a listed project means: not submitted.
      const member: Record<string, unknown> = Object.fromEntries(
        group.fields.filter((field) => field.kind === "nullableDate").map((field) => [field.path.join("."), null]),
      );
      for (const [target, value] of byIndex.get(index) ?? []) {
        setPath(member, target.column.path, value);
        columnOf.set(`/${section}/${position}/${target.column.path.join("/")}`, target.header);
      }
      return member;
    });
    quarter[section] = list;
  }
  return { quarter, columnOf, problems };
}
