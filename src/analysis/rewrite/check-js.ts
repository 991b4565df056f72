// Whether TypeScript type-checks a JavaScript file: `// @ts-check` at its top, or `"checkJs": true` in the project's
// config — the nearest tsconfig.json or jsconfig.json (its own setting or one inherited through a relative `extends`,
// MAX_EXTENDS deep) — unless the file says `// @ts-nocheck`. The rewrite needs to know: in a checked file a value
// assigned inside the callback needs a declared type to be read back, a pool must be pg's `Pool`, and so on
// (RewriteOptions.typeChecked). Each config is read once per version of it (file-versions.ts); a config that cannot
// be read or parsed does not check JavaScript, which is TypeScript's default.
import { readFileSync } from "node:fs";
import path from "node:path";
import { configOf, parseConfigText } from "../pools/path-aliases.js";
import { fileStat, readByVersion, type FileVersion } from "../pools/file-versions.js";

const MAX_EXTENDS = 3;
const MAX_BYTES = 256 * 1024;
const checkJsByConfig = new Map<string, FileVersion<boolean>>();

/** `compilerOptions.checkJs` of a config, its own or inherited (the last relative `extends` that sets it wins). */
function readCheckJs(file: string, depth: number): boolean | undefined {
  if (depth > MAX_EXTENDS) return undefined;
  const stat = fileStat(file);
  if (!stat || stat.size > MAX_BYTES) return undefined;
  let config: unknown;
  try {
    config = parseConfigText(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if (typeof config !== "object" || config === null) return undefined;
  const { extends: parents, compilerOptions } = config as { extends?: unknown; compilerOptions?: unknown };
  const own = typeof compilerOptions === "object" && compilerOptions !== null ? (compilerOptions as { checkJs?: unknown }).checkJs : undefined;
  if (typeof own === "boolean") return own;
  let inherited: boolean | undefined;
  for (const parent of Array.isArray(parents) ? parents : [parents]) {
    if (typeof parent !== "string" || !(parent.startsWith("./") || parent.startsWith("../"))) continue;
    const target = path.resolve(path.dirname(file), parent);
    inherited = readCheckJs(target.endsWith(".json") ? target : `${target}.json`, depth + 1) ?? inherited;
  }
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
