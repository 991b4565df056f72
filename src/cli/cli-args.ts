// The command line of every `poolguard` command is parsed here, so that a mistake reads the same in each of them:
// `poolguard <command>: <what was wrong>; run "poolguard <command> --help" for the options`, exit status 2. Node's
// own parser messages (several sentences, in its wording) are never shown as they are.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Exit status of a bad command line, in every command. */
export const USAGE_EXIT_CODE = 2;

/** A bad command line; the message is the whole line printed to the user (`poolguard <command>: …`). */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;
/** What `parseArgs` returns for these options (node:util does not export the type by name). */
export type ParsedCommandLine<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>>;

/** The option quoted in one of node:util's messages, long form first: `'--requests <value>'`, `'-h, --help'`. */
function quotedOption(message: string): string | undefined {
  const names = /'([^']+)'/.exec(message)?.[1]?.split(/[\s,]+/).filter((part) => part.startsWith("-"));
  return names?.find((name) => name.startsWith("--")) ?? names?.[0];
}

/** node:util's parse error as the problem part of a UsageError. */
function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = quotedOption(message) ?? message.split("\n")[0];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option "${name}"`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument "${/'([^']*)'/.exec(message)?.[1] ?? name}" (this command takes options only)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (message.includes("does not take an argument")) return `option "${name}" takes no value`;
      if (message.includes("ambiguous")) return `option "${name}" needs a value; for a value starting with "-", write ${name}=<value>`;
      return `option "${name}" needs a value`;
    default:
      return (message.split("\n")[0] ?? message).replace(/\.$/, "");
  }
}

/** `parseArgs` in strict mode, its errors turned into a UsageError for `command`. */
export function parseCommandLine<const T extends Options>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
): ParsedCommandLine<T> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(`poolguard ${command}: ${describe(error)}; run "poolguard ${command} --help" for the options`);
  }
}
