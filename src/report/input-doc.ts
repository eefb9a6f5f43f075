import { jsonSchema, type JsonSchemaName } from "../json-schema/json-schema.js";

type Node = Readonly<Record<string, unknown>>;

/** The inputs the field reference describes, with their headings. */
const INPUTS: readonly { readonly name: JsonSchemaName; readonly heading: string; readonly intro: string }[] = [
  { name: "input", heading: "A partner-quarter (`assessQuarter`, `star-assessment score`)", intro: "One partner's quarter: the five items of 三 and the key events." },
  { name: "standing-record", heading: "A partner's record (`evaluateStanding`, `star-assessment standing`)", intro: "Certifications, engineers, stored verdicts and sanctions (四.2, 五, 七)." },
  { name: "application", heading: "An application (`checkEligibility`, `star-assessment eligibility`)", intro: "An application for the certification (一, 六, 七)." },
  { name: "certification-progress", heading: "A certification's progress (`certificationSchedule`, `star-assessment schedule`)", intro: "The dates of the process of 六." },
];

/** The accepted values of a field as a short text: its type and single-field rules. */
function accepts(node: Node): string {
  if (Array.isArray(node["anyOf"]) || Array.isArray(node["oneOf"])) {
    return ((node["anyOf"] ?? node["oneOf"]) as Node[]).map(accepts).join(" or ");
  }
  if (Array.isArray(node["enum"])) return (node["enum"] as unknown[]).map((value) => `\`${JSON.stringify(value)}\``).join(", ");
  const rules: string[] = [];
  const trimmed = typeof node["pattern"] === "string" ? /^\^\\s\*\\S\(\?:\[\\s\\S\]\{0,(\d+)\}/.exec(node["pattern"]) : null;
  if (node["format"] === "date") rules.push("a date YYYY-MM-DD");
  else if (trimmed !== null) return `text, not blank, at most ${Number(trimmed[1]) + 2} characters without the spaces around it`;
  else if (typeof node["pattern"] === "string") rules.push(`matching \`${String(node["pattern"])}\``);
  if (node["minimum"] !== undefined) rules.push(`≥ ${String(node["minimum"])}`);
  if (node["maximum"] !== undefined) rules.push(`≤ ${String(node["maximum"])}`);
  if (node["maxLength"] !== undefined) rules.push(`at most ${String(node["maxLength"])} characters`);
  if (node["maxItems"] !== undefined) rules.push(`at most ${String(node["maxItems"])} items`);
  const type = node["type"] === "array" ? "list" : typeof node["type"] === "string" ? node["type"] : "value";
  return [type, ...rules].join(", ");
}

/** Every field under `node`, depth first, with its path (`majorProjects[].rating`). */
function fields(node: Node, path: string, required: boolean): string[] {
  const rows: string[] = [];
  const description = typeof node["description"] === "string" ? node["description"] : "";
  const [en, zh] = description.includes(" / ") ? description.split(" / ") : [description, ""];
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const value = (node["anyOf"] as Node[] | undefined)?.find((branch) => branch["type"] !== "null") ?? node;
  if (path !== "") rows.push(`| \`${path}\` | ${required ? "yes" : "no"} | ${cell(accepts(node))} | ${cell(en ?? "")} | ${cell(zh ?? "")} |`);
  const item = value["type"] === "array" ? (value["items"] as Node | undefined) : undefined;
  const object = item ?? value;
  const properties = object["properties"] as Readonly<Record<string, Node>> | undefined;
  const mandatory = new Set((object["required"] as string[] | undefined) ?? []);
  for (const [key, child] of Object.entries(properties ?? {})) {
    rows.push(...fields(child, `${path}${item === undefined ? "" : "[]"}${path === "" ? "" : "."}${key}`, mandatory.has(key)));
  }
  return rows;
}

/**
 * docs/input.md: every field of every input, with whether it is required, what it accepts and what
 * it holds in English and Chinese, written from the JSON Schemas, which come from the zod schemas'
 * field metadata (`npm run docs`; a test fails when the file is stale).
 *
 * @example renderInputDoc().includes("| `majorProjects[].rating` | no | number, ≥ 0, ≤ 30 |"); // true
 */
export function renderInputDoc(): string {
  const lines = [
    "# Input fields · 输入字段",
    "",
    "Generated from the input schemas' field metadata by `npm run docs`; a test fails when this file is stale. The JSON Schemas in `schemas/` say the same for other languages; checks across fields (a rating for an on-time report, completed ≤ required, ids once, dates in order …) are the library's, listed with their codes in [interpretations.md](interpretations.md) and [rules.md](rules.md).",
    "",
    "本文件由输入模式的字段元数据自动生成(`npm run docs`),请勿手工修改。",
  ];
  for (const { name, heading, intro } of INPUTS) {
    const schema = jsonSchema(name) as Node;
    lines.push("", `## ${heading}`, "", intro, "", "| field 字段 | required 必填 | accepts 取值 | meaning | 含义 |", "|---|---|---|---|---|", ...fields(schema, "", true));
  }
  return `${lines.join("\n")}\n`;
}
