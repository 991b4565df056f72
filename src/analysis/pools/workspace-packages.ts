// The project's own packages named by their package name in a monorepo: `import { getClient } from "@acme/db"` in
// `apps/api`, where `packages/db/package.json` says `"name": "@acme/db"` and the root's package.json `workspaces` (npm,
// yarn) or its pnpm-workspace.yaml `packages` lists `packages/*`. Without it a bare specifier is a package's, and a
// checkout helper or pool the db package exports is unknown wherever another package of the project imports it.
// The nearest root above a directory is looked up once (walking up at most MAX_LEVELS); a root's packages are listed
// once per version of its manifest (globs of plain names, `*` and `**` segments, at most MAX_PACKAGES packages and
// MAX_DEPTH levels below a `**`; a negated glob or any other pattern is skipped), all in caches of bounded size. A
// manifest that cannot be read or parsed lists no package; a package under node_modules is never one of the project.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileStat, readByVersion, remember, type FileVersion } from "./file-versions.js";
import { parseConfigText } from "./path-aliases.js";

interface WorkspacePackage {
  directory: string;
  manifest: Record<string, unknown>;
}

/** A root's packages: package name → the package's directory and its package.json (read when they were listed). */
type Packages = ReadonlyMap<string, WorkspacePackage>;

const MAX_LEVELS = 12;
const MAX_PACKAGES = 500;
const MAX_DEPTH = 3;
const MAX_BYTES = 256 * 1024;
const NO_PACKAGES: Packages = new Map();
/** A bare specifier: an optional scope, the package's name, an optional subpath. */
const BARE = /^((?:@[^/@\s]+\/)?[^/@.\s][^/\s]*)(?:\/(.+))?$/;

const nearestRoot = new Map<string, string | null>();
const roots = new Map<string, FileVersion<Packages>>();

export function readJson(file: string): Record<string, unknown> | null {
  const stat = fileStat(file);
  if (!stat || stat.size > MAX_BYTES) return null;
  try {
    const value = parseConfigText(readFileSync(file, "utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Whether a segment of the path is `node_modules` (asked of every file that imports a bare specifier: no split). */
function isInsideNodeModules(file: string): boolean {
  const segment = "node_modules";
  for (let at = file.indexOf(segment); at !== -1; at = file.indexOf(segment, at + 1)) {
    const end = at + segment.length;
    if ((at === 0 || file.startsWith(path.sep, at - 1)) && (end === file.length || file.startsWith(path.sep, end))) return true;
  }
  return false;
}

/** The workspace globs of a package.json (`workspaces: [...]`, or yarn's `{ packages: [...] }`); null when it has none. */
function packageJsonGlobs(manifest: Record<string, unknown> | null): string[] | null {
  const workspaces = manifest?.workspaces;
  const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
  return Array.isArray(list) ? list.filter((glob): glob is string => typeof glob === "string") : null;
}

/**
 * The `packages:` list of a pnpm-workspace.yaml: the block sequence of scalars under that top-level key, or a flow
 * sequence on its line (`packages: ["apps/*"]`); anything else in the file is not read.
 */
export function pnpmWorkspaceGlobs(text: string): string[] {
  const globs: string[] = [];
  let inside = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, "");
    if (/^\S/.test(line)) {
      if (inside) break;
      const flow = /^packages\s*:\s*(.*)$/.exec(line);
      if (!flow) continue;
      inside = true;
      const rest = (flow[1] ?? "").trim();
      if (rest.startsWith("[")) {
        for (const item of rest.replace(/^\[|\]$/g, "").split(",")) globs.push(unquote(item.trim()));
        break;
      }
      continue;
    }
    const item = inside ? /^\s+-\s+(.+?)\s*$/.exec(line) : null;
    if (item) globs.push(unquote(item[1] as string));
  }
  return globs.filter((glob) => glob.length > 0);
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** The workspace root of `directory` (itself or an ancestor, the nearest): its manifest's path, null when none. */
function rootOf(directory: string, level = 0): string | null {
  const known = nearestRoot.get(directory);
  if (known !== undefined) return known;
  let found: string | null = null;
  const pnpm = path.join(directory, "pnpm-workspace.yaml");
  const packageJson = path.join(directory, "package.json");
  if (fileStat(pnpm)) found = pnpm;
  else if (fileStat(packageJson) && packageJsonGlobs(readJson(packageJson)) !== null) found = packageJson;
  const parent = path.dirname(directory);
  if (found === null && parent !== directory && level < MAX_LEVELS) found = rootOf(parent, level + 1);
  return remember(nearestRoot, directory, found);
}

function subdirectories(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith("."))
      .map((entry) => path.join(directory, entry.name));
  } catch {
    return [];
  }
}

/** The directories a workspace glob names: plain segments, `*` (any one directory) and `**` (up to MAX_DEPTH levels). */
function expand(base: string, glob: string): string[] {
  const segments = glob.replace(/^\.\//, "").replace(/\/+$/, "").split("/");
  const unread = (segment: string) => segment === ".." || segment === "node_modules" || (/[*?[\]{}]/.test(segment) && segment !== "*" && segment !== "**");
  if (glob.startsWith("!") || segments.some(unread)) {
    return [];
  }
  let directories = [base];
  for (const segment of segments) {
    if (segment === "*") directories = directories.flatMap(subdirectories);
    else if (segment === "**") {
      let level = directories;
      const all = [...directories];
      for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && all.length < MAX_PACKAGES * 4; depth++) {
        level = level.flatMap(subdirectories);
        all.push(...level);
      }
      directories = all;
    } else directories = directories.map((directory) => path.join(directory, segment));
    if (directories.length > MAX_PACKAGES * 4) return directories.slice(0, MAX_PACKAGES * 4);
  }
  return directories;
}

function packagesOf(manifest: string): Packages {
  return readByVersion(roots, manifest, NO_PACKAGES, (stat) => {
    let globs: string[] = [];
    try {
      if (manifest.endsWith(".yaml")) globs = stat.size > MAX_BYTES ? [] : pnpmWorkspaceGlobs(readFileSync(manifest, "utf8"));
      else globs = packageJsonGlobs(readJson(manifest)) ?? [];
    } catch {
      globs = [];
    }
    const base = path.dirname(manifest);
    const packages = new Map<string, WorkspacePackage>();
    for (const glob of globs) {
      for (const directory of expand(base, glob)) {
        if (packages.size >= MAX_PACKAGES) break;
        const packageJson = readJson(path.join(directory, "package.json"));
        const name = packageJson?.name;
        if (packageJson && typeof name === "string" && !packages.has(name)) packages.set(name, { directory, manifest: packageJson });
      }
    }
    return packages;
  });
}

/** The strings an `exports` value names for one subpath, conditions in their order (`types` last: declarations). */
function exportTargets(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return [value];
  if (depth > 3 || typeof value !== "object" || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => exportTargets(item, depth + 1));
  const entries = Object.entries(value as Record<string, unknown>);
  const ordered = [...entries.filter(([key]) => key !== "types"), ...entries.filter(([key]) => key === "types")];
  return ordered.flatMap(([, target]) => exportTargets(target, depth + 1));
}

/** What a package's `exports` names for `subpath` ("." for the package itself): exact keys, then one `*` pattern. */
function exportsFor(exportsField: unknown, subpath: string): string[] {
  if (typeof exportsField !== "object" || exportsField === null || Array.isArray(exportsField)) {
    return subpath === "." ? exportTargets(exportsField) : [];
  }
  const map = exportsField as Record<string, unknown>;
  const keys = Object.keys(map);
  // Conditions only (`{ "import": …, "types": … }`): the package's own entry.
  if (!keys.some((key) => key.startsWith("."))) return subpath === "." ? exportTargets(map) : [];
  if (subpath in map) return exportTargets(map[subpath]);
  for (const key of keys) {
    const star = key.indexOf("*");
    if (star < 0 || star !== key.lastIndexOf("*")) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.length < key.length - 1 || !subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    const matched = subpath.slice(prefix.length, subpath.length - suffix.length);
    return exportTargets(map[key]).map((target) => target.replace("*", matched));
  }
  return [];
}

/**
 * The absolute paths (extensions and `/index` still to try) a bare `specifier` of `fromFile` names when its package is
 * a workspace package of the project: what the package's `exports`, `module`, `main` and `types` name, then its
 * `src/index` and `index` (a built `dist/index.js` is absent from a checkout, its source is not); for a subpath
 * (`@acme/db/client`), what `exports` names for it, then the path itself under the package and under its `src`.
 * Empty when the specifier names no workspace package, or the linted file itself lies under node_modules.
 */
export function workspaceTargets(fromFile: string, specifier: string): string[] {
  const match = BARE.exec(specifier);
  if (!match || !path.isAbsolute(fromFile) || isInsideNodeModules(fromFile) || specifier.startsWith("node:")) return [];
  const root = rootOf(path.dirname(fromFile));
  if (root === null) return [];
  const found = packagesOf(root).get(match[1] as string);
  if (found === undefined) return [];
  const { directory, manifest } = found;
  const subpath = match[2];
  const inside = (target: string) => path.resolve(directory, target);
  const named = (target: string): boolean => {
    const resolved = inside(target);
    return resolved.startsWith(directory + path.sep) && !isInsideNodeModules(path.relative(directory, resolved));
  };
  if (subpath !== undefined) {
    const targets = exportsFor(manifest.exports, `./${subpath}`).filter(named);
    return [...targets.map(inside), inside(subpath), inside(path.join("src", subpath))];
  }
  const declared = [...exportsFor(manifest.exports, "."), manifest.module, manifest.main, manifest.types];
  const targets = declared.filter((target): target is string => typeof target === "string" && named(target));
  return [...targets.map(inside), inside("src/index"), inside("index")];
}
