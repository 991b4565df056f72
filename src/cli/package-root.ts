// Where this copy of poolguard lives: a checkout (src/cli under tsx) or an installed package (dist/src/cli), and
// what it can do there. The demo needs a checkout: its app, fixtures and database come with the repository.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of poolguard's own package.json, above this file. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "poolguard") return dir;
    dir = dirname(dir);
  }
  throw new Error("poolguard's package.json not found above the CLI; reinstall poolguard");
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** The checkout the demo runs from, or undefined in an installed package (which ships no fixtures). */
export function demoRoot(): string | undefined {
  const root = packageRoot();
  return existsSync(join(root, "fixtures", "demo-app", "app.ts")) ? root : undefined;
}
