// What a package manager put into a project's node_modules: every package directory once (npm and yarn's
// node-modules linker nest them, pnpm keeps them under node_modules/.pnpm and links them), with the bytes on disk.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface InstalledPackages {
  /** `name@version` of each package directory, sorted; the project itself is not among them. */
  packages: string[];
  /** Bytes of the regular files under node_modules (symbolic links not followed, so pnpm's links count nothing). */
  bytes: number;
}

function packageId(dir: string): string | null {
  try {
    const { name, version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
    return name ? `${name}@${version ?? "?"}` : null;
  } catch {
    return null;
  }
}

export function installedPackages(projectDir: string): InstalledPackages {
  const found = new Set<string>();
  let bytes = 0;
  // A package directory is a real directory directly inside a node_modules folder (or in an @scope inside one).
  const walk = (dir: string, insideNodeModules: boolean, scoped: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isFile()) {
        bytes += lstatSync(full).size;
        continue;
      }
      if (!entry.isDirectory()) continue;
      if (insideNodeModules && entry.name.startsWith("@") && !scoped) {
        walk(full, true, true);
        continue;
      }
      const isPackage = insideNodeModules && !entry.name.startsWith(".");
      if (isPackage) {
        const id = packageId(full);
        if (id) found.add(id);
      }
      walk(full, entry.name === "node_modules", false);
    }
  };
  walk(path.join(projectDir, "node_modules"), true, false);
  return { packages: [...found].sort(), bytes };
}

/** The packages a runtime-only install must not bring: the lint and migrate toolchains. */
export const LINT_TOOLCHAIN = [
  "eslint",
  "typescript",
  "typescript-eslint",
  "ts-morph",
  "@typescript-eslint/utils",
  "@typescript-eslint/typescript-estree",
  "@typescript-eslint/parser",
  "@eslint-community/eslint-utils",
];

/** The toolchain packages among `packages` (`name@version` strings). */
export function toolchainIn(packages: string[]): string[] {
  return packages.filter((id) => LINT_TOOLCHAIN.includes(id.slice(0, id.lastIndexOf("@"))));
}
