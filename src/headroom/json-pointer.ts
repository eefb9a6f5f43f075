/**
 * JSON Pointers (RFC 6901) into a partner-quarter, for what-if changes: `/ecr/simpleCalls`,
 * `/satisfaction/2/outcome`. A change replaces a value or adds a member to an object that is there;
 * array elements are named by their index. The input is never changed: the path to the value is
 * copied, the rest shared.
 */

/** A JSON value, as a change may set it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * The reference tokens of a pointer, unescaped (`~1` is "/", `~0` is "~"); undefined for a string that
 * is not a pointer to a member (it must start with "/").
 *
 * @example pointerTokens("/a~1b/0"); // ["a/b", "0"]
 */
export function pointerTokens(pointer: string): string[] | undefined {
  if (!pointer.startsWith("/") || /~[^01]|~$/.test(pointer)) return undefined;
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The value a pointer names, or undefined when there is none (own members only).
 *
 * @example valueAt({ ecr: { simpleCalls: 9 } }, ["ecr", "simpleCalls"]); // 9
 */
export function valueAt(document: unknown, tokens: readonly string[]): unknown {
  let node = document;
  for (const token of tokens) {
    if (Array.isArray(node)) node = INDEX.test(token) ? node[Number(token)] : undefined;
    else if (typeof node === "object" && node !== null && Object.hasOwn(node, token)) node = (node as Record<string, unknown>)[token];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `document` with `value` at the pointer's place, or undefined when the place's parent is not
 * there (a missing object, an array index out of range, a member of a number).
 *
 * @example withValueAt({ ecr: { simpleCalls: 9, totalCalls: 120 } }, ["ecr", "simpleCalls"], 10); // { ecr: { simpleCalls: 10, totalCalls: 120 } }
 */
export function withValueAt(document: unknown, tokens: readonly string[], value: unknown): unknown {
  const [token, ...rest] = tokens;
  if (token === undefined) return value;
  if (Array.isArray(document)) {
    if (!INDEX.test(token) || Number(token) >= document.length) return undefined;
    const child = rest.length === 0 ? value : withValueAt(document[Number(token)], rest, value);
    return child === undefined ? undefined : document.map((element, index) => (index === Number(token) ? child : element));
  }
  if (typeof document !== "object" || document === null) return undefined;
  const record = document as Record<string, unknown>;
  const child = rest.length === 0 ? value : Object.hasOwn(record, token) ? withValueAt(record[token], rest, value) : undefined;
  // A computed key in a literal is an own member, even "__proto__" (the schema then rejects it as unknown).
  return child === undefined ? undefined : { ...record, [token]: child };
}
