/**
 * BigInt as the spreadsheet bundle sees it (esbuild's `inject`, tsup.config.ts): the runtime's own
 * where there is one, else a stand-in. zod builds its int64 ranges with BigInt when it loads; the
 * library never checks a bigint, so where a runtime lacks BigInt (older Excel) those ranges may be
 * plain numbers. Nothing global is changed.
 */
const runtime = (globalThis as { BigInt?: (value: unknown) => unknown }).BigInt;
const standIn = (value: unknown): unknown => Number(value);

export const BigInt = typeof runtime === "function" ? runtime : standIn;
