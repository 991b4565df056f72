// The README's CommonJS config (`eslint.config.cjs` with `require("poolguard")`), run as written by the ESLint CLI
// against the build in dist/, the way an installed package is loaded; and `require("poolguard/runtime")`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
const configText = /```js\n(\/\/ eslint\.config\.cjs\n[\s\S]*?)```/.exec(readme)?.[1] ?? "";
const eslintBin = path.join(repoRoot, "node_modules", "eslint", "bin", "eslint.js");

const LEAKY = `import { Pool } from "pg";
const pool = new Pool();
export async function balance(id: number): Promise<number> {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT balance FROM accounts WHERE id = $1", [id]);
  return rows[0].balance;
}
`;

describe("CommonJS", () => {
  let work: string;

  beforeAll(() => {
    expect(existsSync(path.join(repoRoot, "dist", "src", "plugin.cjs")), "run `npm run build` first").toBe(true);
    // In the repository so that eslint and typescript-eslint resolve; poolguard linked in as an installed package.
    mkdirSync(path.join(repoRoot, "tmp"), { recursive: true });
    work = mkdtempSync(path.join(repoRoot, "tmp", "commonjs-"));
    mkdirSync(path.join(work, "node_modules"));
    symlinkSync(repoRoot, path.join(work, "node_modules", "poolguard"), "dir");
    writeFileSync(path.join(work, "package.json"), JSON.stringify({ name: "cjs-app", private: true }));
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("lints with the README's eslint.config.cjs as written", () => {
    expect(configText).toContain('const poolguard = require("poolguard");');
    writeFileSync(path.join(work, "eslint.config.cjs"), configText);
    writeFileSync(path.join(work, "leaky.ts"), LEAKY);
    const lint = spawnSync(process.execPath, [eslintBin, "leaky.ts"], { cwd: work, encoding: "utf8", timeout: 110_000 });
    expect(lint.stderr).toBe("");
    expect(lint.stdout).toMatch(/4:24\s+error\s+Client from `pool\.connect\(\)` is never released[^\n]*poolguard\/no-leaked-client/);
    expect(lint.status).toBe(1);
  }, 120_000);

  it("gets the same plugin object from require and import, and the runtime's named exports from require", () => {
    const script = `
      const fromRequire = require("poolguard");
      const { withClient, PoolMonitor } = require("poolguard/runtime");
      import("poolguard").then(({ default: fromImport }) => {
        console.log(JSON.stringify({
          same: fromRequire === fromImport,
          configs: Object.keys(fromRequire.configs),
          runtime: [typeof withClient, typeof PoolMonitor],
        }));
      });`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: work, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      same: true,
      configs: ["recommended", "strict", "recommended-type-checked"],
      runtime: ["function", "function"],
    });
  }, 60_000);
});
