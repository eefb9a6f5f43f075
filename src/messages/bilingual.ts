/** A user-facing sentence in Chinese (zh-CN) and English. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A language the library writes messages in. */
export type Language = keyof Bilingual;

/**
 * The sentences of one topic in one language, keyed like `Figures` (a step rule, an issue code, a
 * finding code …): each takes the figures of its key and writes them out. Every topic has one table
 * per language (`messages/zh/…`, `messages/en/…`), as zod keeps its locales; the type makes both
 * tables hold every key.
 */
export type Sentences<Figures> = { readonly [Key in keyof Figures]: (figures: Figures[Key]) => string };

/**
 * The sentence of `key` in both languages.
 *
 * @example both({ hi: () => "你好" }, { hi: () => "hello" }, "hi", undefined); // { zh: "你好", en: "hello" }
 */
export function both<Figures, Key extends keyof Figures>(zh: Sentences<Figures>, en: Sentences<Figures>, key: Key, figures: Figures[Key]): Bilingual {
  return { zh: zh[key](figures), en: en[key](figures) };
}
