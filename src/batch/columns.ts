/**
 * The flat columns of a batch CSV (docs/batch.md): each column's English and Chinese header, where its
 * value goes in the partner-quarter, and how the cell is read. Repeated groups (projects, surveys,
 * key events) are numbered columns (`project_1_id`, `项目1编号` …) or one JSON cell (`major_projects`).
 */

/** How a cell is read: text as is, a number, a yes/no, a rate ("9.5%" or 0.095), a JSON array. */
export type CellKind = "text" | "number" | "boolean" | "rate" | "json" | "nullableDate";

/** A column for one value of the partner-quarter. */
export interface ColumnSpec {
  readonly en: string;
  readonly zh: string;
  /** Path of the value in the partner-quarter; for a group the path inside one group member. */
  readonly path: readonly string[];
  readonly kind: CellKind;
}

/** A numbered group of columns: `prefix_n_…` in English, `中文n…` in Chinese. */
export interface GroupSpec {
  /** Where the members go in the partner-quarter (an array). */
  readonly section: "majorProjects" | "satisfaction" | "keyEvents";
  readonly en: string;
  readonly zh: string;
  readonly fields: readonly ColumnSpec[];
}

export const SCALAR_COLUMNS: readonly ColumnSpec[] = [
  { en: "partner_id", zh: "合作伙伴编号", path: ["partner", "id"], kind: "text" },
  { en: "partner_name", zh: "合作伙伴名称", path: ["partner", "name"], kind: "text" },
  { en: "quarter", zh: "季度", path: ["quarter"], kind: "text" },
  { en: "rep_quality_deduction", zh: "交付质量扣分", path: ["repOffice", "deliveryQualityDeduction"], kind: "number" },
  { en: "rep_unlicensed_cases", zh: "无证上岗次数", path: ["repOffice", "unlicensedWorkCases"], kind: "number" },
  { en: "rep_vendor_person_days", zh: "原厂求助人天", path: ["repOffice", "vendorAssistPersonDays"], kind: "number" },
  { en: "rep_simple_tickets", zh: "简单问题单数", path: ["repOffice", "simpleIssueTickets"], kind: "number" },
  { en: "rep_key_event_deduction", zh: "代表处关键事件扣分", path: ["repOffice", "keyEventDeduction"], kind: "number" },
  { en: "ecr_simple_calls", zh: "简单问题数", path: ["ecr", "simpleCalls"], kind: "number" },
  { en: "ecr_total_calls", zh: "来电总数", path: ["ecr", "totalCalls"], kind: "number" },
  { en: "ecr_rate", zh: "ECR比例", path: ["ecr", "rate"], kind: "rate" },
  { en: "online_required", zh: "线上应学人数", path: ["training", "online", "required"], kind: "number" },
  { en: "online_completed", zh: "线上完成人数", path: ["training", "online", "completed"], kind: "number" },
  { en: "offline_required", zh: "线下应参加人数", path: ["training", "offline", "required"], kind: "number" },
  { en: "offline_attended", zh: "线下参加人数", path: ["training", "offline", "attended"], kind: "number" },
  { en: "customer_info_falsified", zh: "客户信息造假", path: ["flags", "customerInfoFalsified"], kind: "boolean" },
  { en: "major_projects", zh: "重大项目", path: ["majorProjects"], kind: "json" },
  { en: "satisfaction", zh: "满意度回访", path: ["satisfaction"], kind: "json" },
  { en: "key_events", zh: "关键事件", path: ["keyEvents"], kind: "json" },
];

export const GROUPS: readonly GroupSpec[] = [
  {
    section: "majorProjects",
    en: "project",
    zh: "项目",
    fields: [
      { en: "id", zh: "编号", path: ["id"], kind: "text" },
      { en: "product", zh: "产品", path: ["product"], kind: "text" },
      { en: "seats", zh: "点数", path: ["seats"], kind: "number" },
      { en: "deadline", zh: "截止日期", path: ["deadline"], kind: "text" },
      { en: "submitted_on", zh: "提交日期", path: ["submittedOn"], kind: "nullableDate" },
      { en: "rating", zh: "评分", path: ["rating"], kind: "number" },
    ],
  },
  {
    section: "satisfaction",
    en: "survey",
    zh: "回访",
    fields: [
      { en: "project_id", zh: "项目编号", path: ["projectId"], kind: "text" },
      { en: "outcome", zh: "结果", path: ["outcome"], kind: "text" },
    ],
  },
  {
    section: "keyEvents",
    en: "event",
    zh: "事件",
    fields: [
      { en: "id", zh: "编号", path: ["id"], kind: "text" },
      { en: "kind", zh: "类型", path: ["kind"], kind: "text" },
      { en: "points", zh: "分值", path: ["points"], kind: "number" },
      { en: "note", zh: "说明", path: ["note"], kind: "text" },
      { en: "major", zh: "重要", path: ["major"], kind: "text" },
      { en: "date", zh: "日期", path: ["date"], kind: "text" },
    ],
  },
];

/** Chinese words accepted in cells for the input's English codes. */
export const CELL_WORDS: Readonly<Record<string, string>> = {
  加分: "bonus",
  扣分: "penalty",
  降级: "downgrade",
  黑名单: "blacklist",
};

/** Where a header's cells go: a scalar column, or field `field` of member `index` of a group. */
export type HeaderTarget =
  | { readonly header: string; readonly column: ColumnSpec }
  | { readonly header: string; readonly group: GroupSpec; readonly index: number; readonly column: ColumnSpec };

/**
 * What a header names, in English or Chinese; undefined for an unknown header.
 *
 * @example headerTarget("project_2_rating")?.index; // 1
 * @example headerTarget("项目2评分")?.column.en; // "rating"
 */
export function headerTarget(header: string): HeaderTarget | undefined {
  const name = header.trim();
  const scalar = SCALAR_COLUMNS.find((column) => column.en === name || column.zh === name);
  if (scalar) return { header: name, column: scalar };
  for (const group of GROUPS) {
    for (const column of group.fields) {
      const english = new RegExp(`^${group.en}_(\\d+)_${column.en}$`).exec(name);
      const chinese = new RegExp(`^${group.zh}(\\d+)${column.zh}$`).exec(name);
      const number = Number((english ?? chinese)?.[1] ?? 0);
      if (number >= 1) return { header: name, group, index: number - 1, column };
    }
  }
  return undefined;
}
