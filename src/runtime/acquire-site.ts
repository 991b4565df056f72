// Where a client was acquired: the first stack frame of the application — outside poolguard's runtime, pg, Node's
// internals and, when the application's own code is further down, outside the dependencies in node_modules.
// Capturing is split from resolving because V8 formats a stack only when `.stack` is read, and formatting costs
// several times the capture: leak detection captures on every checkout but formats only when a leak is reported.
import { readFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface AcquireSite {
  /** `path/file.ts:42:13`, relative to `process.cwd()` when inside it. */
  site: string;
  /** The function that called `connect()` (or `withClient`), `<anonymous>` when it has no name. */
  fn: string;
  /** `path/file.ts:42`, for the compact "top holders" list. */
  line: string;
  /** The application's frames from the acquire site down: poolguard, pg, Node and the dependencies trimmed. */
  stack: string;
  /** The stack with the dependencies' frames (node_modules) kept; only poolguard's, pg's and Node's left out. */
  fullStack: string;
}

/** A captured, not yet formatted stack. */
export interface CapturedStack {
  stack?: string;
}

// Frames captured: the acquire site and the callers a report shows under it. Each frame costs about half a
// microsecond (2 cores, Node 20: 1.4 µs + 0.48 µs a frame, bench/runtime-micro.ts), so the capture starts at the
// caller of `connect()` — or of withClient/withTransaction, whose frames would only be trimmed — and takes no more.
// A dependency that acquires on the application's behalf (an ORM, a session store) may put the application's line
// deeper than that: the report then names the dependency's line (see resolveText).
export const CAPTURE_FRAMES = 6;

// Bundled into an application's file (esbuild, webpack), this module's URL is that file's, whose directory is the
// application's: the runtime's frames are then told apart only through the source maps, which name
// `node_modules/poolguard/…` (LIBRARY_DIRS). A CommonJS bundle (esbuild's default for `--platform=node`) leaves
// `import.meta` empty: no URL at all.
const ownUrl: unknown = import.meta.url;
const runtimeDir =
  typeof ownUrl === "string" && /^acquire-site\.[cm]?[jt]s$/.test(basename(fileURLToPath(ownUrl)))
    ? fileURLToPath(new URL(".", ownUrl))
    : undefined;

/**
 * poolguard's own directory: the nearest one above this file whose package.json is poolguard's. Its runtime shows in
 * stacks as the shipped `dist/src/runtime/*.js`, or — under `tsx`, `node --enable-source-maps`, or any tool that
 * applies the source maps — as the `src/runtime/*.ts` they point to, which need not exist on disk.
 */
function packageRoot(from: string): string | undefined {
  for (let dir = from, depth = 0; depth < 6; dir = dirname(dir), depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown };
      if (manifest.name === "poolguard") return dir;
    } catch {
      // no package.json here, or not JSON: keep looking up
    }
    if (dirname(dir) === dir) break;
  }
  return undefined;
}

function ownPrefixes(): string[] {
  if (runtimeDir === undefined) return [];
  const root = packageRoot(runtimeDir);
  const dirs = root === undefined ? [runtimeDir] : [runtimeDir, join(root, "src", "runtime"), join(root, "dist", "src", "runtime")];
  // A stack names a CommonJS or mapped file by its path and an ES module by its `file://` URL.
  return [...new Set(dirs.map((dir) => (dir.endsWith(sep) ? dir : dir + sep)))].flatMap((dir) => [dir, pathToFileURL(dir).href]);
}

const OWN_PREFIXES = ownPrefixes();
const DEPENDENCY_PATTERN = sep === "/" ? ["/node_modules/"] : ["/node_modules/", `${sep}node_modules${sep}`];
const LIBRARY_DIRS = ["/node_modules/pg/", "/node_modules/pg-pool/", "/node_modules/pg-protocol/", "/node_modules/poolguard/dist/src/runtime/"];
// A path uses the platform's separator, a `file://` URL always "/".
const LIBRARY_PATTERNS = sep === "/" ? LIBRARY_DIRS : [...LIBRARY_DIRS, ...LIBRARY_DIRS.map((p) => p.replaceAll("/", sep))];

/** Captures the current stack below `skipAbove` (that frame and the ones it called are left out). */
export function captureStack(skipAbove: (...args: never[]) => unknown): CapturedStack {
  // Without a prototype: Error.captureStackTrace gives its target a `stack` accessor, which turns an object literal
  // into a dictionary-mode object (its map normalised and the object migrated, on every capture); a null-prototype
  // object starts out in dictionary mode, so the capture only adds the entry.
  const holder = Object.create(null) as CapturedStack;
  const limit = Error.stackTraceLimit;
  if (limit === CAPTURE_FRAMES) {
    Error.captureStackTrace(holder, skipAbove);
    return holder;
  }
  // The application's setting is put back at once. A frozen `Error` (a hardened realm) refuses the write: the capture
  // then takes the application's limit, and nothing throws into its connect().
  try {
    Error.stackTraceLimit = CAPTURE_FRAMES;
  } catch {
    // frozen: see above
  }
  Error.captureStackTrace(holder, skipAbove);
  try {
    Error.stackTraceLimit = limit;
  } catch {
    // frozen: nothing was changed
  }
  return holder;
}

interface Frame {
  fn: string;
  /** As the stack shows it: a path, a `file://` URL (ES modules), `node:…` or a V8 placeholder. */
  file: string;
  line: number;
  column: number;
}

function parseFrame(text: string): Frame | undefined {
  let body = text.trim();
  if (!body.startsWith("at ")) return undefined;
  body = body.slice(3);
  let fn = "<anonymous>";
  let location = body;
  if (body.endsWith(")")) {
    const open = body.indexOf(" (");
    if (open !== -1) {
      fn = body.slice(0, open);
      location = body.slice(open + 2, -1);
    }
  }
  // An awaited frame reads `async name`; a nameless one (minified code seen through its source map) `async` alone.
  if (fn === "async" || fn.startsWith("async ")) fn = fn.slice(6).trim() || "<anonymous>";
  // `eval at f (file:1:2), <anonymous>:3:4`: the code's own position is last, but without a sourceURL it is
  // `<anonymous>`, so the place that made the function (the innermost `(file:line:col)`) stands in for it.
  const comma = location.lastIndexOf(", ");
  if (comma !== -1) {
    const own = location.slice(comma + 2);
    const maker = own.startsWith("<anonymous>") ? /\(([^()]*:\d+:\d+)\)[^()]*$/.exec(location.slice(0, comma)) : null;
    location = maker ? maker[1]! : own;
  }
  // `file:line:column`, the file possibly holding colons itself (a URL, a Windows drive).
  const second = location.lastIndexOf(":");
  const first = second > 0 ? location.lastIndexOf(":", second - 1) : -1;
  if (first === -1) return undefined;
  const line = digits(location, first + 1, second);
  const column = digits(location, second + 1, location.length);
  if (line === undefined || column === undefined) return undefined;
  const file = location.slice(0, first);
  // A `file://` URL that names a host other than this one has no local path: not a frame this module can show.
  if (file.startsWith("file://") && !file.startsWith("file:///") && localPath(file) === undefined) return undefined;
  return { fn, file, line, column };
}

/** The number written in `text` from `from` to `to`; undefined unless that is one or more digits. */
function digits(text: string, from: number, to: number): number | undefined {
  if (from >= to) return undefined;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** The local path of a `file://` URL; undefined when it has none. Called once per resolved stack, not per frame. */
function localPath(url: string): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

function isLibraryFrame(file: string): boolean {
  // Node internals and V8's placeholders; a bare name with a position (a `new Function` sourceURL) is application code.
  if (file.startsWith("node:") || file.startsWith("internal/") || file === "<anonymous>" || file === "native") {
    return true;
  }
  // Compared in the form the stack shows, URL or path: converting every frame's URL costs more than the rest of
  // resolving a stack.
  if (OWN_PREFIXES.some((prefix) => file.startsWith(prefix))) return true;
  return LIBRARY_PATTERNS.some((pattern) => file.includes(pattern));
}

function isDependencyFrame(file: string): boolean {
  return DEPENDENCY_PATTERN.some((pattern) => file.includes(pattern));
}

// A webpack bundle's source maps name `webpack://<namespace>/<path from webpack's context>`, the context being the
// project's directory unless configured otherwise: shown as that path, as esbuild's maps show theirs.
const WEBPACK_SOURCE = /^webpack:\/\/[^/]*\/(?:\.\/)?/;

function displayPath(file: string, cwd: string): string {
  const relative = file.startsWith(cwd) ? file.slice(cwd.length) : file.replace(WEBPACK_SOURCE, "");
  return sep === "/" ? relative : relative.replaceAll(sep, "/");
}

// Stacks already resolved, by their text: the checkouts of one site share one text, and resolving it costs several
// times what V8 takes to format it (the parsing below runs a few times a second, too rarely to be optimised: ~60–100
// µs a stack in place, against ~20 µs for the text). Bounded; emptied when the working directory the paths are shown
// relative to changes.
const RESOLVED_LIMIT = 128;
const resolved = new Map<string, AcquireSite | undefined>();
let resolvedIn = "";

/** Formats a captured stack and finds the acquire site; undefined when no frame is outside poolguard, pg and Node. */
export function resolveSite(captured: CapturedStack): AcquireSite | undefined {
  const raw = captured.stack;
  if (typeof raw !== "string") return undefined;
  const cwd = process.cwd() + sep;
  if (cwd !== resolvedIn) {
    resolved.clear();
    resolvedIn = cwd;
  }
  const known = resolved.get(raw);
  if (known !== undefined || resolved.has(raw)) return known;
  const site = resolveText(raw, cwd);
  // The oldest entry leaves first (a Map iterates in insertion order).
  if (resolved.size >= RESOLVED_LIMIT) resolved.delete(resolved.keys().next().value!);
  resolved.set(raw, site);
  return site;
}

function resolveText(raw: string, cwd: string): AcquireSite | undefined {
  const lines = raw.split("\n");
  // One pass: each line is parsed once. The site is the first application frame, or failing one (a dependency
  // that acquires on its own, deeper than the stack reaches) the first dependency frame.
  let site: { frame: Frame; local: string } | undefined;
  let fallback: { frame: Frame; local: string } | undefined;
  const full: string[] = [];
  const own: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!;
    const frame = parseFrame(text);
    if (!frame || isLibraryFrame(frame.file)) continue;
    const shown = `    ${text.trim()}`;
    const dependency = isDependencyFrame(frame.file);
    if (!site && !(dependency && fallback)) {
      const local = frame.file.startsWith("file://") ? localPath(frame.file) : frame.file;
      if (local === undefined) continue;
      if (dependency) fallback ??= { frame, local };
      else site = { frame, local };
    }
    full.push(shown);
    if (site && !dependency) own.push(shown);
  }
  const found = site ?? fallback;
  if (!found) return undefined;
  const path = displayPath(found.local, cwd);
  return {
    site: `${path}:${found.frame.line}:${found.frame.column}`,
    fn: found.frame.fn,
    line: `${path}:${found.frame.line}`,
    stack: site ? own.join("\n") : full.join("\n"),
    fullStack: full.join("\n"),
  };
}
