// How node will load a JavaScript file whose own text does not say (no `import`/`export`, no `require`, no
// `module.exports`): by its extension (`.cjs` CommonJS, `.mjs` an ES module), else by the nearest package.json's
// `type` — `"module"` an ES module, anything else (no `type`, `"commonjs"`, no package.json at all) CommonJS — or by
// ESLint's `sourceType: "commonjs"`. A `.js` file of a CommonJS package that got `import { withClient } from …` no
// longer loaded ("Cannot use import statement outside a module"; rewrite-34). TypeScript files are compiled, and
// TypeScript turns the `import` into whatever the project emits: their kind is not read here.
import path from "node:path";
import { fileStat, readByVersion, remember, type FileVersion } from "../pools/file-versions.js";
import { readJson } from "../pools/workspace-packages.js";

/** What the file's place says: "commonjs", "esm", "unknown" (a package.json that cannot be read), or null (TypeScript). */
export type ModuleKind = "commonjs" | "esm" | "unknown" | null;

const nearestManifest = new Map<string, string | null>();
const typeByManifest = new Map<string, FileVersion<"commonjs" | "esm" | "unknown">>();

/** The package.json nearest to `directory`, itself or an ancestor; null when there is none up to the root. */
function manifestOf(directory: string): string | null {
  const known = nearestManifest.get(directory);
  if (known !== undefined) return known;
  const candidate = path.join(directory, "package.json");
  const parent = path.dirname(directory);
  const found = fileStat(candidate) ? candidate : parent === directory ? null : manifestOf(parent);
  return remember(nearestManifest, directory, found);
}

/**
 * The module kind of a JavaScript file by its place (see the header): `filename` as ESLint gives it (relative names
 * are resolved from `cwd`), `sourceType` ESLint's languageOptions.sourceType.
 */
export function moduleKindOfPlace(filename: string, cwd: string, sourceType: string | undefined): ModuleKind {
  if (/\.[cm]?tsx?$/.test(filename)) return null;
  if (/\.cjs$/.test(filename) || sourceType === "commonjs") return "commonjs";
  if (/\.mjs$/.test(filename)) return "esm";
  const manifest = manifestOf(path.dirname(path.resolve(cwd, filename)));
  if (manifest === null) return "commonjs";
  return readByVersion(typeByManifest, manifest, "unknown", () => {
    const json = readJson(manifest);
    if (json === null) return "unknown";
    return json.type === "module" ? "esm" : "commonjs";
  });
}
