// `poolguard migrate` flags: parsed strictly (cli-args.ts), every mistake turned into one line that says what to do.
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_IMPORT_SOURCE } from "../analysis/rewrite/with-client-rewrite.js";
import { parseCommandLine, UsageError } from "./cli-args.js";

export { UsageError };

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

const PREFIX = "poolguard migrate:";

export function parseMigrateArgs(argv: string[], cwd = process.cwd()): MigrateArgs {
  const options = {
    write: { type: "boolean" },
    "import-source": { type: "string" },
    tsconfig: { type: "string" },
    help: { type: "boolean", short: "h" },
  } as const;
  const { values, positionals } = parseCommandLine("migrate", argv, options, true);
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
