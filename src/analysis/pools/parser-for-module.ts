// The parser another module of the project is read with. The linted file's own parser reads JavaScript modules (an
// espree-linted `.js` importing `./db.js` that is JavaScript, or a `.ts` file importing it under typescript-eslint),
// but a TypeScript module is read with typescript-eslint's parser whatever parsed the importing file: a mixed project
// lints its `.js` files with espree, which cannot read type annotations, and the `.ts` module's pool would go unseen.
// typescript-eslint's parser is an optional peer dependency: without it, the importing file's parser is tried (and a
// module it cannot read exports no pool, as before).
import { createRequire } from "node:module";
import type { ModuleParser } from "./module-pools.js";

const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;
const requireHere = createRequire(import.meta.url);
/** typescript-eslint's parser once loaded, null when it is not installed, undefined before the first TypeScript module. */
let typescriptParser: ModuleParser | null | undefined;

function typescriptEslintParser(): ModuleParser | null {
  if (typescriptParser === undefined) {
    try {
      typescriptParser = requireHere("@typescript-eslint/parser") as ModuleParser;
    } catch {
      typescriptParser = null;
    }
  }
  return typescriptParser;
}

/** The parser for the module at `file` read on behalf of a file linted with `importer` (undefined: none, read nothing). */
export function parserForModule(file: string, importer: ModuleParser | undefined): ModuleParser | undefined {
  if (!importer || !TYPESCRIPT_FILE.test(file)) return importer;
  return typescriptEslintParser() ?? importer;
}
