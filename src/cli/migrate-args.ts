// `poolguard migrate` flags: parsed strictly by node:util, every mistake turned into one line that says what to do.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_IMPORT_SOURCE } from "../analysis/rewrite/with-client-rewrite.js";

export const usage = `usage: poolguard migrate [paths…] [--write] [--import-source <module>] [--tsconfig <path>]

Rewrites manual \`const c = await pool.connect(); try { … } finally { c.release() }\` blocks to
\`withClient\` / \`withTransaction\`, finding pools with the type checker. Prints a unified diff per file and a
summary; nothing is written unless --write is given.

  paths                    files or directories of the project to migrate (default: .)
  --write                  write the rewritten files
  --import-source <module> where withClient/withTransaction are imported from (default: ${DEFAULT_IMPORT_SOURCE})
  --tsconfig <path>        the project's tsconfig (default: the nearest tsconfig.json above the first path)
  -h, --help               show this help

exit status: 0 nothing left to migrate (or --write done), 1 a dry run found blocks to rewrite, 2 bad input`;

export interface MigrateArgs {
  help: boolean;
  write: boolean;
  importSource: string;
  tsconfig: string | null;
  paths: string[];
}

/** A bad command line: the message is the whole line printed to the user. */
export class UsageError extends Error {}

const PREFIX = "poolguard migrate:";
const HELP_HINT = 'run "poolguard migrate --help" for the options';

export function parseMigrateArgs(argv: string[], cwd = process.cwd()): MigrateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        write: { type: "boolean" },
        "import-source": { type: "string" },
        tsconfig: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { help: true, write: false, importSource: DEFAULT_IMPORT_SOURCE, tsconfig: null, paths: [] };
  }
  const importSource = values["import-source"] ?? DEFAULT_IMPORT_SOURCE;
  if (importSource.trim() === "") {
    throw new UsageError(`${PREFIX} --import-source must name a module, got an empty string`);
  }
  const paths = (positionals.length > 0 ? positionals : ["."]).map((given) => {
    const resolved = path.resolve(cwd, given);
    if (!existsSync(resolved)) {
      throw new UsageError(`${PREFIX} path "${given}" does not exist; pass files or directories of the project to migrate`);
    }
    return resolved;
  });
  let tsconfig: string | null = null;
  if (values.tsconfig !== undefined) {
    tsconfig = path.resolve(cwd, values.tsconfig);
    if (!existsSync(tsconfig)) {
      throw new UsageError(`${PREFIX} --tsconfig "${values.tsconfig}" does not exist; pass the path of the project's tsconfig.json`);
    }
  }
  return { help: false, write: values.write ?? false, importSource, tsconfig, paths };
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `${PREFIX} unknown option "${option ?? message}"; ${HELP_HINT}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = option?.split(" ")[0] ?? message;
      if (message.includes("does not take an argument")) return `${PREFIX} option "${name}" takes no value; ${HELP_HINT}`;
      return `${PREFIX} option "${name}" needs a value; ${HELP_HINT}`;
    }
    default:
      return `${PREFIX} ${message.split("\n")[0]}; ${HELP_HINT}`;
  }
}
