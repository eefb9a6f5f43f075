/**
 * A value as messages show it: JSON, cut to 60 characters, so that a huge bad value never makes a
 * huge message. Numbers, including NaN and Infinity, print as themselves.
 *
 * @example shown("x".repeat(100)); // "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (102 characters)"
 * @example shown(Number.NaN); // "NaN"
 */
export function shown(value: unknown): string {
  const text = typeof value === "number" || value === undefined || typeof value === "bigint" ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length <= 60 ? text : `${text.slice(0, 60)}… (${text.length} characters)`;
}
