import type { Language } from "../messages/bilingual.js";

/** The language of the locale the user runs in: Chinese for zh_*, English otherwise. */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}
