import { enPolicyLabels } from "../messages/en/policy.js";
import { zhPolicyLabels } from "../messages/zh/policy.js";
import { CLAUSES, type ClauseId } from "../policy/clauses.js";
import { describeBand } from "../policy/band.js";
import type { BandTable, Policy } from "../policy/schema.js";

/** One value of a policy object: its path, what it holds, its clause and reading. */
export interface PolicyEntry {
  readonly path: string;
  readonly value: unknown;
  readonly clause: ClauseId;
  readonly reading?: string | undefined;
}

const isBandTable = (node: object): node is BandTable => "bands" in node && "clause" in node;

/**
 * Every value of a policy object with its clause, in the object's order: `{ value, clause }` entries and
 * band tables.
 *
 * @example policyEntries(CLOUD_DESKTOP_2024)[0]; // { path: "effectiveFrom", value: "2024-04-01", clause: "8.effective" }
 */
export function policyEntries(node: unknown, path: readonly string[] = []): PolicyEntry[] {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return [];
  if ("value" in node && "clause" in node) {
    const entry = node as { value: unknown; clause: ClauseId; reading?: string };
    return [{ path: path.join("."), value: entry.value, clause: entry.clause, reading: entry.reading }];
  }
  if (isBandTable(node)) return [{ path: path.join("."), value: node, clause: node.clause }];
  return Object.entries(node).flatMap(([key, child]) => policyEntries(child, [...path, key]));
}

function showValue(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === "object" && item !== null && "atLeast" in item ? `≥ ${item.atLeast} → −${item.deduction}` : String(item))).join("; ");
  }
  if (typeof value === "object" && value !== null && isBandTable(value)) {
    return value.bands.map((band) => `${describeBand(band)} → ${band.points}`).join("; ");
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The policy's numbers as a Markdown document, generated from the object itself so that the docs
 * cannot drift: every band, deduction, threshold and period with its clause ID and reading, in zh and en.
 *
 * @example renderPolicyDoc(CLOUD_DESKTOP_2024).startsWith("# H3C 云桌面服务资质认证"); // true
 */
export function renderPolicyDoc(policy: Policy): string {
  const sections = new Map<string, PolicyEntry[]>();
  for (const entry of policyEntries(policy)) {
    const section = entry.path.split(".")[0] ?? "";
    sections.set(section, [...(sections.get(section) ?? []), entry]);
  }
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const lines = [
    `# ${policy.title.zh}`,
    "",
    `${policy.title.en}. Policy object \`${policy.id}\`, from \`${policy.source}\`.`,
    "",
    "Generated from the policy object by `npm run docs` (`star-assessment policy`); a test fails when this file is stale.",
    "本文件由政策对象自动生成,请勿手工修改。Readings R1–R12: [interpretations.md](interpretations.md).",
  ];
  for (const [section, entries] of sections) {
    lines.push("", `## \`${section}\``, "", "| value 值 | 含义 | meaning | clause 条款 | reading |", "|---|---|---|---|---|");
    for (const entry of entries) {
      const label = { zh: zhPolicyLabels[entry.path] ?? entry.path, en: enPolicyLabels[entry.path] ?? entry.path };
      const clause = `\`${entry.clause}\` (${CLAUSES[entry.clause].section})`;
      lines.push(`| ${cell(showValue(entry.value))} | ${cell(label.zh)} | ${cell(label.en)} · \`${entry.path}\` | ${clause} | ${entry.reading ?? ""} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
