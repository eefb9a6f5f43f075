import type { Sentences } from "../messages/bilingual.js";
import type { CliFigures } from "../messages/cli.js";

const suggestion = (text: string | undefined) => (text === undefined ? null : text);

/**
 * A usage error of commander (written in English by commander) in the language of `say`: the
 * message is read back into its figures; one commander does not write in these forms stays as it is.
 */
export function usageError(message: string, say: Sentences<CliFigures>): string {
  const text = message.trimEnd();
  let match: RegExpExecArray | null;
  if ((match = /^error: unknown option '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s.exec(text))) {
    return say.UNKNOWN_OPTION({ option: match[1] as string, suggestion: suggestion(match[2]) });
  }
  if ((match = /^error: unknown command '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s.exec(text))) {
    return say.UNKNOWN_COMMAND({ command: match[1] as string, suggestion: suggestion(match[2]) });
  }
  if ((match = /^error: missing required argument '(.+)'$/.exec(text))) return say.MISSING_ARGUMENT({ argument: match[1] as string });
  if ((match = /^error: option '(.+)' argument missing$/.exec(text))) return say.OPTION_MISSING_ARGUMENT({ option: match[1] as string });
  if ((match = /^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/s.exec(text))) {
    return say.INVALID_VALUE({ kind: "option", name: match[1] as string, value: match[2] as string, reason: reason(match[3] as string, say) });
  }
  if ((match = /^error: command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/s.exec(text))) {
    return say.INVALID_VALUE({ kind: "argument", name: match[2] as string, value: match[1] as string, reason: reason(match[3] as string, say) });
  }
  if ((match = /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) {
    return say.EXCESS_ARGUMENTS({ command: match[1] as string, expected: Number(match[2]), received: Number(match[3]) });
  }
  return text;
}

/** Why a value is refused: commander's "Allowed choices are a, b." in words, or our own parser's reason. */
function reason(text: string, say: Sentences<CliFigures>): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? say.NOT_ONE_OF({ choices: (choices[1] as string).split(", ") }) : text;
}
