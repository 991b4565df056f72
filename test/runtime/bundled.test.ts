// poolguard/runtime bundled into an application's file by esbuild (`--bundle --platform=node`): as CommonJS,
// esbuild's default, `import.meta` is empty; the runtime must still load there. esbuild is the one tsx brings.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = path.join(import.meta.dirname, "..", "..");
const esbuild = path.join(repoRoot, "node_modules", ".bin", "esbuild");
const dir = mkdtempSync(path.join(tmpdir(), "poolguard-bundled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const APP = `import { PoolMonitor, withClient } from ${JSON.stringify(path.join(repoRoot, "src", "runtime", "index.ts"))};
const monitor = new PoolMonitor({ logger: { info() {}, warn() {} } });
monitor.stop();
console.log("loaded", typeof withClient);
`;

// The dependencies written in CommonJS `require` Node's built-ins: an ESM bundle needs esbuild's `require` banner.
const ESM_BANNER = '--banner:js=import { createRequire } from "node:module"; const require = createRequire(import.meta.url);';

describe("poolguard/runtime in an esbuild bundle", () => {
  for (const format of ["cjs", "esm"] as const) {
    it(`loads as ${format}`, () => {
      const entry = path.join(dir, `app-${format}.ts`);
      const outfile = path.join(dir, `app.${format === "cjs" ? "cjs" : "mjs"}`);
      writeFileSync(entry, APP);
      execFileSync(esbuild, [entry, "--bundle", "--platform=node", `--format=${format}`, `--outfile=${outfile}`, "--log-level=error", ...(format === "esm" ? [ESM_BANNER] : [])]);
      expect(execFileSync(process.execPath, [outfile], { encoding: "utf8" })).toBe("loaded function\n");
    });
  }
});
