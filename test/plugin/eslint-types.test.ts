// The shipped types (dist/, as a user's compiler sees them through package.json) in the configurations users write:
// `defineConfig` from eslint/config, `Linter.Config[]` annotations, `tseslint.config(...)`, `require("poolguard")`
// in CommonJS TypeScript, and `poolguard/runtime` under the old `moduleResolution: node10`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";

const ESM_CONFIGS = `import type { Linter } from "eslint";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import poolguard from "poolguard";

export const withDefineConfig = defineConfig([
  poolguard.configs.recommended,
  { files: ["**/*.ts"], plugins: { poolguard }, rules: { "poolguard/no-leaked-client": "warn" } },
]);

export const annotated: Linter.Config[] = [
  poolguard.configs.strict,
  { files: ["**/*.ts"], ...poolguard.configs["recommended-type-checked"] },
  { plugins: { poolguard } },
];

export const withTseslint = tseslint.config(
  ...tseslint.configs.recommended,
  poolguard.configs.recommended,
  { plugins: { poolguard }, rules: { "poolguard/prefer-with-client": "error" } },
);
`;

const CJS_CONFIG = `import type { Linter } from "eslint";
import poolguard = require("poolguard");

const config: Linter.Config[] = [poolguard.configs.recommended, { plugins: { poolguard } }];
export = config;
`;

const NODE10_RUNTIME = `import { Pool } from "pg";
import { PoolMonitor, withClient } from "poolguard/runtime";

const pool = new Pool();
new PoolMonitor().watch(pool, { name: "main" });
export const one = withClient(pool, async (client) => (await client.query("SELECT 1")).rowCount);
`;

const base: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
  typeRoots: [path.join(repoRoot, "node_modules", "@types")],
};
const nodeNext: ts.CompilerOptions = { ...base, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
// A CommonJS TypeScript project on the older node16 mode, checking every declaration file (skipLibCheck off, as a
// newcomer's `tsc --strict` with a fresh tsconfig does): poolguard's own .d.cts must hold up there too.
const node16Checked: ts.CompilerOptions = {
  ...base,
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  skipLibCheck: false,
};
const node10: ts.CompilerOptions = {
  ...base,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  esModuleInterop: true,
  ignoreDeprecations: "6.0",
};

describe("the shipped types in users' configurations", () => {
  let work: string;

  /** Writes `files` into the scratch folder and type-checks them: "file: message" for each diagnostic. */
  const check = (files: Record<string, string>, options: ts.CompilerOptions): string[] => {
    const names = Object.entries(files).map(([name, text]) => {
      writeFileSync(path.join(work, name), text);
      return path.join(work, name);
    });
    return ts
      .getPreEmitDiagnostics(ts.createProgram(names, options))
      .map((d) => `${d.file ? path.basename(d.file.fileName) : "(options)"}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
  };

  beforeAll(() => {
    // Inside the repository, so that eslint and typescript-eslint resolve from its node_modules; poolguard itself is
    // linked in as an installed package (node10 knows no self-reference), and resolves to dist/ through package.json.
    expect(existsSync(path.join(repoRoot, "dist", "src", "plugin.d.ts")), "run `npm run build` first").toBe(true);
    mkdirSync(path.join(repoRoot, "tmp"), { recursive: true });
    work = mkdtempSync(path.join(repoRoot, "tmp", "eslint-types-"));
    mkdirSync(path.join(work, "node_modules"));
    symlinkSync(repoRoot, path.join(work, "node_modules", "poolguard"), "dir");
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("accepts the plugin and configs in defineConfig, Linter.Config[] and tseslint.config", () => {
    expect(check({ "eslint.config.mts": ESM_CONFIGS }, nodeNext)).toEqual([]);
  }, 60_000);

  it("still checks them: a config that does not exist is an error", () => {
    const wrong = ESM_CONFIGS.replace("poolguard.configs.strict", 'poolguard.configs["stricter"]');
    expect(check({ "wrong.config.mts": wrong }, nodeNext)).toEqual([
      expect.stringMatching(/^wrong\.config\.mts: Property 'stricter' does not exist on type/),
    ]);
  }, 60_000);

  it("types require(\"poolguard\") in CommonJS as the plugin itself", () => {
    expect(check({ "eslint.config.cts": CJS_CONFIG }, nodeNext)).toEqual([]);
  }, 60_000);

  it("types require(\"poolguard\") in CommonJS under module node16, with poolguard's declarations checked", () => {
    const own = check({ "eslint16.config.cts": CJS_CONFIG }, node16Checked).filter((d) => /^(plugin\.d\.cts|eslint16\.config\.cts):/.test(d));
    expect(own).toEqual([]);
  }, 60_000);

  it("types poolguard/runtime in a CommonJS file under module nodenext, and refuses it under node16, as the README says", () => {
    expect(check({ "app.cts": NODE10_RUNTIME }, nodeNext)).toEqual([]);
    const node16 = check({ "app16.cts": NODE10_RUNTIME }, { ...node16Checked, skipLibCheck: true });
    expect(node16).toEqual([expect.stringMatching(/^app16\.cts: The current file is a CommonJS module whose imports will produce 'require' calls/)]);
  }, 60_000);

  it("resolves poolguard/runtime under moduleResolution node10", () => {
    expect(check({ "app.ts": NODE10_RUNTIME }, node10)).toEqual([]);
    const missing = check({ "app-missing.ts": NODE10_RUNTIME.replace("poolguard/runtime", "poolguard/nothing-here") }, node10);
    expect(missing[0]).toMatch(/^app-missing\.ts: Cannot find module 'poolguard\/nothing-here'/);
  }, 60_000);
});
