/** A value whose every nested object and array is read-only. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes an object and everything inside it, and returns it.
 *
 * @example Object.isFrozen(deepFreeze({ ecr: { max: 15 } }).ecr); // true
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const nested of Object.values(value)) deepFreeze(nested);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/**
 * Whether an object and everything inside it is frozen.
 *
 * @example isDeepFrozen(Object.freeze({ ecr: { max: 15 } })); // false: `ecr` is not frozen
 */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}
