import type { CalendarDate } from "../dates/calendar-date.js";
import { CLOUD_DESKTOP_2024 } from "./cloud-desktop-2024.js";
import type { Policy } from "./schema.js";

/**
 * Whether a handover report counts as on time. 三.2.1: "各服务合作伙伴需在季度要求的截止期之前提交以下
 * 《项目交维报告》". Reading R5: a report submitted on the deadline day is on time
 * (`majorProjects.deadlineDayIsOnTime`). Dates are `YYYY-MM-DD`, so string order is date order.
 *
 * @example isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-20" }); // true
 * @example isReportOnTime({ deadline: "2024-09-20", submittedOn: "2024-09-21" }); // false
 * @example isReportOnTime({ deadline: "2024-09-20", submittedOn: null }); // false
 */
export function isReportOnTime(
  project: { readonly deadline: CalendarDate; readonly submittedOn: CalendarDate | null },
  policy: Policy = CLOUD_DESKTOP_2024,
): boolean {
  if (project.submittedOn === null) return false;
  return policy.majorProjects.deadlineDayIsOnTime.value ? project.submittedOn <= project.deadline : project.submittedOn < project.deadline;
}
