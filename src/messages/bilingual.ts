/** A user-facing sentence in Chinese (zh-CN) and English. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A language the library writes messages in. */
export type Language = keyof Bilingual;
