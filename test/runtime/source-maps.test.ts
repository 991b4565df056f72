// poolguard/runtime as an application runs it: a build with source maps (the shipped layout, dist/src/runtime/*.js
// whose maps point to src/runtime/*.ts) loaded by plain `node --enable-source-maps`. poolguard's own frames then
// show as src/runtime/*.ts files that are not the directory the code runs from; they must still be skipped.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";

const run = promisify(execFile);

/** Transpiles src/runtime into `<pkg>/dist/src/runtime` with source maps, as `npm run build` lays it out. */
function buildRuntime(pkg: string): void {
  const from = path.join(repoRoot, "src", "runtime");
  const to = path.join(pkg, "dist", "src", "runtime");
  mkdirSync(to, { recursive: true });
  mkdirSync(path.join(pkg, "src", "runtime"), { recursive: true });
  writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "poolguard", type: "module" }));
  for (const name of readdirSync(from).filter((file) => file.endsWith(".ts"))) {
    const text = readFileSync(path.join(from, name), "utf8");
    const js = name.replace(/\.ts$/, ".js");
    const output = ts.transpileModule(text, {
      fileName: name,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true },
    });
    const map = JSON.parse(output.sourceMapText!) as { sources: string[]; file: string };
    // What tsc writes for rootDir "." and outDir "dist": the map points back to the TypeScript source.
    map.sources = [`../../../src/runtime/${name}`];
    map.file = js;
    writeFileSync(path.join(to, js), output.outputText.replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${js}.map`));
    writeFileSync(path.join(to, `${js}.map`), JSON.stringify(map));
    // The package ships dist only, but a checkout has the sources too; their presence must not matter.
    writeFileSync(path.join(pkg, "src", "runtime", name), text);
  }
}

const app = `import pg from "pg";
import { PoolMonitor, withClient } from "../poolguard/dist/src/runtime/index.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 30, captureStacks: "always" })
  .watch(pool, { name: "main" });
let release;
const gate = new Promise((resolve) => (release = resolve));
monitor.once("leak", (leak) => {
  console.log(JSON.stringify(leak));
  release();
});
async function handler() {
  await withClient(pool, () => gate);
}
await handler();
monitor.stop();
await pool.end();
`;

describe("attribution in a source-mapped build", () => {
  const work = mkdtempSync(path.join(tmpdir(), "poolguard-maps-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("names the application's withClient line under node --enable-source-maps, not poolguard's with-client.ts", async () => {
    buildRuntime(path.join(work, "poolguard"));
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
    mkdirSync(path.join(work, "app"));
    writeFileSync(path.join(work, "app", "server.mjs"), app);
    const { stdout } = await run(process.execPath, ["--enable-source-maps", "app/server.mjs"], {
      cwd: work,
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      timeout: 20_000,
    });
    const leak = JSON.parse(stdout.trim()) as { site: string; fn: string; stack: string; fullStack: string };
    const line = app.split("\n").findIndex((text) => text.includes("await withClient(")) + 1;
    expect(leak).toMatchObject({ site: `app/server.mjs:${line}:9`, fn: "handler" });
    // The mapped frames exist (the map works) but none is shown.
    expect(leak.fullStack).not.toMatch(/poolguard[/\\](?:src|dist)[/\\]runtime/);
    expect(leak.stack.split("\n")[0]).toContain(`app/server.mjs:${line}:9`);
  });
});
