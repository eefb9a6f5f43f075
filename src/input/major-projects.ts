import * as z from "../zod.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { isReportOnTime } from "../policy/report-on-time.js";
import type { Policy } from "../policy/schema.js";
import { ALWAYS, amount, calendarDate, count, LARGEST_AMOUNT, listOf, oneOf, strictFields, text } from "./fields.js";
import { report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";
import { uniqueIds } from "./unique-ids.js";

/**
 * The major-project list of a quarter (三.2.1), as H3C issues it: each project with its report
 * deadline, the day its handover report was submitted (or null) and the rep office's rating.
 */

const WORDS = {
  list: { label: { zh: "重大项目清单", en: "major projects" }, description: { zh: "H3C 本季度下发的重大项目清单(三.2.1)", en: "The quarter's major-project list issued by H3C (3.2.1)" } },
  id: { label: { zh: "项目编号", en: "project id" } },
  product: {
    label: { zh: "产品", en: "product" },
    description: { zh: "WorkSpace 或 LearningSpace;其他产品照常计分并给出提示", en: "WorkSpace or LearningSpace; another product is scored, with a warning" },
  },
  seats: { label: { zh: "点数", en: "seats" }, description: { zh: "项目点数;重大项目为 ≥ 200 点(二.3.7)", en: "The project's seats; a major project has ≥ 200 (2.major-project)" } },
  deadline: { label: { zh: "交维报告截止日期", en: "report deadline" }, description: { zh: "本季度要求的《项目交维报告》截止日期", en: "The quarter's deadline for the handover report" } },
  submittedOn: {
    label: { zh: "交维报告提交日期", en: "report submitted on" },
    description: { zh: "交维报告的提交日期;未提交为 null", en: "When the handover report was submitted; null if it was not" },
  },
  status: {
    label: { zh: "交维报告状态", en: "report status" },
    description: { zh: "on-time(按时)、late(逾期)或 missing(未提交)", en: "on-time, late or missing" },
  },
} as const satisfies Record<string, FieldWords>;

const ratingWords = (max: number): FieldWords => ({
  label: { zh: "代表处评分", en: "the rep office's rating" },
  description: {
    zh: `代表处对项目的评分,0 到 ${max};交维报告按时提交时必填,逾期或未提交时不计`,
    en: `The rep office's rating of the project, 0 to ${max}; required when the report was on time, ignored when late or missing`,
  },
});

/** The rating field under a policy: a number from 0 to the policy's `ratingMax`. */
function rating(policy: Policy) {
  const max = policy.majorProjects.ratingMax.value;
  const schema = amount("rating", ratingWords(max)).superRefine((value, ctx) => {
    if (value > max && value <= LARGEST_AMOUNT) report(ctx, "RATING_ABOVE_MAX", { rating: value, max });
  });
  return field(schema, ratingWords(max), { type: "number", minimum: 0, maximum: max });
}

/**
 * The major-project list under a policy. Beyond each field's own check: a rating is required when
 * the report was on time (its score is the rating) and at most the policy's maximum; each project id
 * appears once.
 *
 * @example majorProjectsSchema(CLOUD_DESKTOP_2024).safeParse([{ id: "MP-01", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-01" }]).success; // false: RATING_REQUIRED
 */
export function majorProjectsSchema(policy: Policy) {
  const project = strictFields({
    id: text("id", WORDS.id, 200),
    product: text("product", WORDS.product, 200),
    seats: count("seats", WORDS.seats),
    deadline: calendarDate("deadline", WORDS.deadline),
    submittedOn: calendarDate("submittedOn", WORDS.submittedOn).nullable(),
    rating: rating(policy).optional(),
  })
    .superRefine((value, ctx) => {
      // Runs on whatever the element holds (ALWAYS), null and holes of a sparse list included.
      if (typeof value !== "object" || value === null) return;
      const { deadline, submittedOn, rating } = value as Partial<Record<string, unknown>>;
      if (rating !== undefined || typeof deadline !== "string" || typeof submittedOn !== "string") return;
      if (isCalendarDate(deadline) && isCalendarDate(submittedOn) && isReportOnTime({ deadline, submittedOn }, policy)) report(ctx, "RATING_REQUIRED", { deadline }, ["rating"]);
    }, ALWAYS);
  const list = listOf(project).superRefine((items, ctx) => uniqueIds(items, ctx, "id"), ALWAYS);
  return field(list, WORDS.list);
}

/**
 * The major projects as a spreadsheet holds them: each project's rating and whether its report was
 * on time, late or missing (the dates already judged), with its seats where the policy weights by
 * them. The same checks as {@link majorProjectsSchema}, on these fields.
 *
 * @example reportedProjectsSchema(CLOUD_DESKTOP_2024).parse([{ id: "R1", status: "on-time", rating: 28 }])[0].rating; // 28
 */
export function reportedProjectsSchema(policy: Policy) {
  const weighted = policy.majorProjects.aggregation.value === "seat-weighted-mean";
  const project = strictFields({
    id: text("id", WORDS.id, 200),
    status: field(oneOf(["on-time", "late", "missing"]), WORDS.status),
    rating: rating(policy).optional(),
    seats: count("seats", WORDS.seats).optional(),
  })
    .superRefine((value, ctx) => {
      if (value.status === "on-time" && value.rating === undefined) report(ctx, "RATING_REQUIRED", { deadline: null }, ["rating"]);
      if (weighted && value.seats === undefined) report(ctx, "SEATS_REQUIRED", {}, ["seats"]);
    });
  return listOf(project).superRefine((items, ctx) => uniqueIds(items, ctx, "id"), ALWAYS);
}

/** A major project as the rules read it. */
export type MajorProject = z.output<ReturnType<typeof majorProjectsSchema>>[number];
/** A major project as a caller gives it. */
export type MajorProjectInput = z.input<ReturnType<typeof majorProjectsSchema>>[number];
/** A major project as a spreadsheet gives it. */
export type ReportedProjectInput = z.input<ReturnType<typeof reportedProjectsSchema>>[number];
/** A major project as a spreadsheet holds it. */
export type ReportedProject = z.output<ReturnType<typeof reportedProjectsSchema>>[number];
