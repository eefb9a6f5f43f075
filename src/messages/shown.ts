/**
 * A value as messages show it: JSON, cut to 60 characters, so that a huge bad value never makes a
 * huge message. Numbers, including NaN and Infinity, print as themselves.
 *
 * @example shown("x".repeat(100)); // "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (102 characters)"
 * @example shown(Number.NaN); // "NaN"
 * @example shown([1n]); // "[\"1n\"]"
 */
export function shown(value: unknown): string {
  const text = typeof value === "number" || value === undefined || typeof value === "bigint" ? String(value) : asJson(value);
  return text.length <= 60 ? text : `${text.slice(0, 60)}… (${text.length} characters)`;
}

/** JSON of any value, never a throw: a BigInt inside prints as `1n`, and a value JSON cannot write (a cycle) as its kind. */
function asJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? `${inner}n` : inner)) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
