import * as z from "../zod.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { isQuarterId, quarterEnd, quarterStart } from "../dates/quarter.js";
import { ALWAYS, amount, calendarDate, choice, listOf, note, strictFields, text } from "./fields.js";
import { report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";
import { uniqueIds } from "./unique-ids.js";

const WORDS = {
  list: {
    label: { zh: "关键事件", en: "key events" },
    description: { zh: "本季度 H3C 处理的关键事件:加分或扣分;重要关键事件(四.2.2)另带处理结果与日期", en: "The key events H3C handled this quarter: bonus or penalty; a major key event (4.2.2) also carries its handling and date" },
  },
  id: { label: { zh: "事件编号", en: "event id" } },
  kind: { label: { zh: "类型", en: "kind" }, description: { zh: "bonus(加分)或 penalty(扣分)", en: "bonus (加分) or penalty (扣分)" } },
  points: { label: { zh: "分值", en: "points" }, description: { zh: "加分或扣分的分值,≥ 0", en: "The points added or deducted, ≥ 0" } },
  note: { label: { zh: "说明", en: "note" } },
  major: {
    label: { zh: "重要关键事件处理", en: "major key event" },
    description: { zh: "重要关键事件(四.2.2,只能是扣分事件):downgrade(降级)或 blacklist(黑名单)", en: "For a major key event (4.2.2, a penalty only): downgrade (降级) or blacklist (黑名单)" },
  },
  date: {
    label: { zh: "处理日期", en: "date handled" },
    description: { zh: "H3C 处理事件的日期,在考核季度内;重要关键事件必填", en: "When H3C handled the event, inside the assessed quarter; required for a major key event" },
  },
} as const satisfies Record<string, FieldWords>;

const KINDS = { bonus: "bonus", penalty: "penalty", 加分: "bonus", 扣分: "penalty" } as const;
const SEVERITIES = { downgrade: "downgrade", blacklist: "blacklist", 降级: "downgrade", 黑名单: "blacklist" } as const;

/**
 * The quarter's key events (三.2.6): each a bonus or a penalty of points ≥ 0, each id once. A major
 * key event (四.2.2) is a penalty and carries its date.
 *
 * @example keyEventsSchema().parse([{ id: "KE-1", kind: "加分", points: 2, note: "表扬信" }])[0].kind; // "bonus"
 */
export function keyEventsSchema() {
  const event = strictFields({
    id: text("id", WORDS.id, 200),
    kind: choice(WORDS.kind, KINDS),
    points: amount("points", WORDS.points),
    note: note("note", WORDS.note, 2000),
    major: choice(WORDS.major, SEVERITIES).optional(),
    date: calendarDate("date", WORDS.date).optional(),
  })
    .superRefine((value, ctx) => {
      if (typeof value !== "object" || value === null) return;
      const { kind, major, date } = value as Partial<Record<string, unknown>>;
      if (major === undefined) return;
      if (kind === "bonus" || kind === "加分") report(ctx, "MAJOR_EVENT_NOT_PENALTY", { kind: "bonus" }, ["major"]);
      if (date === undefined) report(ctx, "MAJOR_EVENT_NEEDS_DATE", {}, ["date"]);
    }, ALWAYS);
  return field(
    listOf(event).superRefine((items, ctx) => uniqueIds(items, ctx, "id"), ALWAYS),
    WORDS.list,
  );
}

/**
 * Reports each key event dated outside the assessed quarter: events count in the quarter in which
 * H3C handled them (三.2.7 "视严重程度在当季度进行扣分处理"). `value` is a whole input (a quarter, or a
 * verdict's facts) with `quarter` and `keyEvents`; it runs on whatever is there.
 *
 * @example quarterSchema(CLOUD_DESKTOP_2024).safeParse({ partner: { id: "P-1" }, quarter: "2024-Q3", keyEvents: [{ id: "K", kind: "bonus", points: 1, note: "", date: "2024-10-01" }] }).error?.issues[0]?.path; // ["keyEvents", 0, "date"]
 */
export function eventDatesInQuarter(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (typeof value !== "object" || value === null) return;
  const { quarter, keyEvents } = value as { quarter?: unknown; keyEvents?: unknown };
  if (typeof quarter !== "string" || !isQuarterId(quarter) || !Array.isArray(keyEvents)) return;
  const [start, end] = [quarterStart(quarter), quarterEnd(quarter)];
  keyEvents.forEach((event: unknown, index) => {
    const date = typeof event === "object" && event !== null ? (event as { date?: unknown }).date : undefined;
    if (typeof date === "string" && isCalendarDate(date) && (date < start || date > end)) report(ctx, "EVENT_OUTSIDE_QUARTER", { date, quarter, start, end }, ["keyEvents", index, "date"]);
  });
}

/** A key event as the rules read it. */
export type KeyEvent = z.output<ReturnType<typeof keyEventsSchema>>[number];
/** A key event as a caller gives it. */
export type KeyEventInput = z.input<ReturnType<typeof keyEventsSchema>>[number];
/** How H3C handles a major key event (四.2.2). */
export type MajorKeyEventSeverity = NonNullable<KeyEvent["major"]>;
