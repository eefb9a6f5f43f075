import type * as z from "../zod.js";
import { report } from "./library-issues.js";

/**
 * Reports each repeated id of a list (compared after trimming): a project, survey or key event
 * appears once ("each project appears once, with its final outcome"; a repeated project would halve
 * a partner's 30 points). Runs on whatever the list holds, so it needs no other check to pass.
 *
 * @example satisfactionSchema(CLOUD_DESKTOP_2024).safeParse([{ projectId: "MP-1", outcome: "满意" }, { projectId: "MP-1", outcome: "一般" }]).error?.issues[0]?.path; // [1, "projectId"]
 */
export function uniqueIds(items: unknown, ctx: z.core.$RefinementCtx<unknown>, key: "id" | "projectId"): void {
  if (!Array.isArray(items)) return;
  const first = new Map<string, number>();
  items.forEach((item: unknown, index) => {
    const id = typeof item === "object" && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof id !== "string") return;
    const trimmed = id.trim();
    const seen = first.get(trimmed);
    if (seen === undefined) first.set(trimmed, index);
    else if (key === "projectId") report(ctx, "DUPLICATE_SURVEY", { projectId: trimmed, firstIndex: seen }, [index, key]);
    else report(ctx, "DUPLICATE_ID", { id: trimmed, firstIndex: seen }, [index, key]);
  });
}
