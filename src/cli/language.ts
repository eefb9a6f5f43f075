import type { Language } from "../messages/bilingual.js";

/** The language of the locale the user runs in: Chinese for zh_*, English otherwise. */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * The language a command line asks for before it is parsed (help and usage errors are written while
 * parsing): the last `--lang zh|en` or `--lang=zh|en`, else the locale's.
 */
export function requestedLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Language {
  let lang = localeLanguage(env);
  argv.forEach((arg, index) => {
    const value = arg === "--lang" ? argv[index + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "zh" || value === "en") lang = value;
  });
  return lang;
}
