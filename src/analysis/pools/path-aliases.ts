// The project's own modules named through a TypeScript `paths` alias: `import { getClient } from "@/lib/db"` with
// `"paths": { "@/*": ["./*"] }` in the nearest tsconfig.json (or jsconfig.json), Next.js's default, `~/db`, `@app/db`.
// Without it only relative specifiers are read as the project's modules, and a checkout helper or pool behind an
// alias is a package's. The nearest config of a directory is looked up once (walking up at most MAX_LEVELS), each
// config read and parsed once per version of the file (comments and trailing commas allowed, read by jsonc-parser,
// which keeps no state; relative `extends` followed MAX_EXTENDS deep), both in caches of bounded size; a config that
// cannot be read or parsed declares no alias. Only `paths` (resolved against `baseUrl` when the config sets one) is
// read: a bare specifier resolved by `baseUrl` alone may as well be a package, and is left one.
import { parse, type ParseError } from "jsonc-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileStat, readByVersion, remember, type FileVersion } from "./file-versions.js";

/** One `paths` entry: the specifier's prefix and suffix around its `*` (no `*`: an exact name), and its targets. */
interface Alias {
  prefix: string;
  suffix: string;
  wildcard: boolean;
  /** Absolute target patterns, `*` kept where the matched part goes. */
  targets: string[];
}

const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
const MAX_LEVELS = 12;
const MAX_EXTENDS = 3;
const MAX_BYTES = 256 * 1024;
const NO_ALIASES: readonly Alias[] = [];

const nearestConfig = new Map<string, string | null>();
const configs = new Map<string, FileVersion<readonly Alias[]>>();

/** The tsconfig.json or jsconfig.json nearest to `directory`, itself or an ancestor; null when there is none. */
export function configOf(directory: string, level = 0): string | null {
  const known = nearestConfig.get(directory);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const name of CONFIG_NAMES) {
    const candidate = path.join(directory, name);
    if (fileStat(candidate)) {
      found = candidate;
      break;
    }
  }
  const parent = path.dirname(directory);
  if (found === null && parent !== directory && level < MAX_LEVELS) found = configOf(parent, level + 1);
  return remember(nearestConfig, directory, found);
}

/**
 * JSON with comments and trailing commas (tsconfig's dialect) as a value; null when it does not parse. Read by
 * Microsoft's jsonc-parser (VS Code's reader of the same files), strictly: any error, a truncated file included, is
 * no parse, where the parser alone would return what it could recover.
 */
export function parseConfigText(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false }) as unknown;
  return errors.length === 0 && value !== undefined ? value : null;
}

interface Options {
  /** The directory `paths` targets are relative to: `baseUrl`, or else the config that declares `paths`. */
  base?: string;
  paths?: Record<string, unknown>;
}

/** A tsconfig/jsconfig as read: its own compilerOptions, and the configs it extends by a relative path, in order. */
export interface ConfigFile {
  compilerOptions: Record<string, unknown>;
  parents: string[];
}

/** The config at `file`, or null when it is missing, too large, or not a JSONC object (TypeScript's default then). */
export function readConfigFile(file: string): ConfigFile | null {
  const stat = fileStat(file);
  if (!stat || stat.size > MAX_BYTES) return null;
  let config: unknown;
  try {
    config = parseConfigText(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
  if (typeof config !== "object" || config === null) return null;
  const { extends: extended, compilerOptions } = config as { extends?: unknown; compilerOptions?: unknown };
  const parents: string[] = [];
  for (const parent of Array.isArray(extended) ? extended : [extended]) {
    if (typeof parent !== "string" || !(parent.startsWith("./") || parent.startsWith("../"))) continue;
    const target = path.resolve(path.dirname(file), parent);
    parents.push(target.endsWith(".json") ? target : `${target}.json`);
  }
  const own = typeof compilerOptions === "object" && compilerOptions !== null ? (compilerOptions as Record<string, unknown>) : {};
  return { compilerOptions: own, parents };
}

/** The `paths` and their base a config declares, or inherits through relative `extends` (its own win). */
function readOptions(file: string, depth: number): Options {
  if (depth > MAX_EXTENDS) return {};
  const config = readConfigFile(file);
  if (!config) return {};
  let inherited: Options = {};
  for (const parent of config.parents) {
    const options = readOptions(parent, depth + 1);
    inherited = { base: options.base ?? inherited.base, paths: options.paths ?? inherited.paths };
  }
  const own = config.compilerOptions;
  const dir = path.dirname(file);
  const baseUrl = typeof own.baseUrl === "string" ? path.resolve(dir, own.baseUrl) : undefined;
  const paths = typeof own.paths === "object" && own.paths !== null && !Array.isArray(own.paths) ? (own.paths as Record<string, unknown>) : undefined;
  if (paths) return { base: baseUrl ?? dir, paths };
  return { base: baseUrl ?? inherited.base, paths: inherited.paths };
}

function aliasesOf(file: string): readonly Alias[] {
  return readByVersion(configs, file, NO_ALIASES, () => {
    const { base, paths } = readOptions(file, 0);
    const aliases: Alias[] = [];
    for (const [pattern, targets] of Object.entries(paths ?? {})) {
      const star = pattern.indexOf("*");
      if (star !== pattern.lastIndexOf("*") || !Array.isArray(targets) || base === undefined) continue;
      const resolved = targets.filter((target): target is string => typeof target === "string").map((target) => path.resolve(base, target));
      if (resolved.length === 0) continue;
      aliases.push({
        prefix: star < 0 ? pattern : pattern.slice(0, star),
        suffix: star < 0 ? "" : pattern.slice(star + 1),
        wildcard: star >= 0,
        targets: resolved,
      });
    }
    return aliases;
  });
}

/**
 * The absolute paths (extensions and `/index` still to try) a non-relative `specifier` of `fromFile` names through
 * the `paths` of its project's config, in the config's order; empty when no alias matches.
 */
export function aliasTargets(fromFile: string, specifier: string): string[] {
  if (specifier.startsWith(".") || !path.isAbsolute(fromFile)) return [];
  const config = configOf(path.dirname(fromFile));
  if (config === null) return [];
  for (const alias of aliasesOf(config)) {
    if (!alias.wildcard) {
      if (specifier === alias.prefix) return alias.targets.filter((target) => !target.includes("*"));
      continue;
    }
    if (specifier.length < alias.prefix.length + alias.suffix.length) continue;
    if (!specifier.startsWith(alias.prefix) || !specifier.endsWith(alias.suffix)) continue;
    const matched = specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length);
    return alias.targets.map((target) => target.replace("*", matched));
  }
  return [];
}
