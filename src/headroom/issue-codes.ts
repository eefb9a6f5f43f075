import type { HeadroomIssueCode } from "../messages/headroom.js";

export type { HeadroomIssueCode };

/**
 * The issue codes of the headroom functions' own checks (beside zod's kinds and the field codes of
 * the inputs): a what-if change that is not a JSON Pointer, that points nowhere in the input, or that
 * has no JSON value; plan points that are no band's. They are part of the `IssueCode` union
 * (messages/headroom.ts, `HeadroomIssueFigures`).
 */
export const HEADROOM_ISSUE_CODES = ["NOT_POINTER", "POINTER_NOT_FOUND", "NOT_JSON_VALUE", "NOT_BAND_POINTS"] as const satisfies readonly HeadroomIssueCode[];
