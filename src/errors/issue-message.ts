import { type Bilingual, both } from "../messages/bilingual.js";
import { enIssues } from "../messages/en/issues.js";
import type { IssueCode, IssueFigures } from "../messages/issues.js";
import { zhIssues } from "../messages/zh/issues.js";

/**
 * The sentence of an input problem in both languages.
 *
 * @example issueMessage("RATING_ABOVE_MAX", { rating: 31, max: 30 }).en; // "rating 31 is above the maximum 30"
 */
export function issueMessage<C extends IssueCode>(code: C, figures: IssueFigures[C]): Bilingual {
  return both(zhIssues, enIssues, code, figures);
}
