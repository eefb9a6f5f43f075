/**
 * The issue codes of the headroom functions' own checks (with zod's for the shape of their arguments),
 * for the `IssueCode` union: a what-if change that is not a JSON Pointer, that points nowhere in the
 * input, or that has no JSON value; plan points that are no band's.
 */
export const HEADROOM_ISSUE_CODES = ["NOT_POINTER", "POINTER_NOT_FOUND", "NOT_JSON_VALUE", "NOT_BAND_POINTS"] as const;

/** One of {@link HEADROOM_ISSUE_CODES}. */
export type HeadroomIssueCode = (typeof HEADROOM_ISSUE_CODES)[number];
