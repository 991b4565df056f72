// Whether TypeScript type-checks a JavaScript file: `// @ts-check` at its top, or `"checkJs": true` in the project's
// config — the nearest tsconfig.json or jsconfig.json (its own setting or one inherited through a relative `extends`,
// MAX_EXTENDS deep) — unless the file says `// @ts-nocheck`. The rewrite needs to know: in a checked file a value
// assigned inside the callback needs a declared type to be read back, a pool must be pg's `Pool`, and so on
// (RewriteOptions.typeChecked). Each config is read once per version of it (file-versions.ts); a config that cannot
// be read or parsed does not check JavaScript, which is TypeScript's default.
import path from "node:path";
import { configOf, readConfigFile } from "../pools/path-aliases.js";
import { readByVersion, type FileVersion } from "../pools/file-versions.js";

const MAX_EXTENDS = 3;
const checkJsByConfig = new Map<string, FileVersion<boolean>>();

/** `compilerOptions.checkJs` of a config, its own or inherited (the last relative `extends` that sets it wins). */
function readCheckJs(file: string, depth: number): boolean | undefined {
  if (depth > MAX_EXTENDS) return undefined;
  const config = readConfigFile(file);
  if (!config) return undefined;
  const own = config.compilerOptions.checkJs;
  if (typeof own === "boolean") return own;
  let inherited: boolean | undefined;
  for (const parent of config.parents) inherited = readCheckJs(parent, depth + 1) ?? inherited;
  return inherited;
}

/** Whether the project of `filename` (an absolute path) sets `checkJs`. */
function projectChecksJs(filename: string): boolean {
  if (!path.isAbsolute(filename)) return false;
  const config = configOf(path.dirname(filename));
  if (config === null) return false;
  return readByVersion(checkJsByConfig, config, false, () => readCheckJs(config, 0) === true);
}

/** Whether a JavaScript file is type-checked: `// @ts-check`, or `checkJs` in its project and no `// @ts-nocheck`. */
export function javaScriptChecked(filename: string, text: string): boolean {
  const says = (directive: string) => text.includes(directive) && new RegExp(`^\\s*//\\s*${directive}\\b`, "m").test(text);
  if (says("@ts-nocheck")) return false;
  return says("@ts-check") || projectChecksJs(filename);
}
