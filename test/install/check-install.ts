// `npm run check:install`: installs the packed tarball with the README's commands ("## Installing") through npm, pnpm
// and yarn, each in a fresh temporary project, and checks what a user would:
//   - production: `poolguard` + `pg` only; no eslint, typescript, typescript-eslint or ts-morph arrives; the runtime
//     runs a query through `withClient` on a real PostgreSQL, the CLI answers; package count and size are printed;
//   - lint: adding the README's devDependencies, the README's eslint.config.mjs reports a leak;
//   - ESLint 8: a project on ESLint 8.57 and typescript-eslint 8 installs poolguard without ERESOLVE and the README's
//     config reports the leak there too, and so does its legacy .eslintrc.json with poolguard installed again as
//     eslint-plugin-poolguard;
//   - TypeScript 7: a project on the registry's TypeScript 7 installs poolguard without ERESOLVE and type-checks
//     its use of poolguard/runtime.
//   - CommonJS: a project as `npm init` writes it ("type": "commonjs") runs `require("poolguard/runtime")`, and the
//     README's eslint.config.cjs reports the leak; without require(esm) (--no-experimental-require-module, as on
//     Node.js before 20.19) require() is ERR_REQUIRE_ESM and import() runs it;
//   - a TypeScript config: the README's first config as eslint.config.ts stops ESLint with its "jiti" message until
//     jiti is installed, as the README says, then reports the leak;
//   - uninstall: `npm uninstall poolguard pg` leaves package.json as it was and no package or file behind.
// It needs the npm registry (pnpm and yarn are fetched with npx), so it is not part of `npm test`.
//   - bundle: the runtime in an esbuild bundle (check-bundle.ts) loads and names the source line of a leak;
//   - webpack: the same in a webpack 5 bundle (check-bundle.ts), CommonJS and ESM, minified, with source maps;
//   - runners: the app run from its .ts sources by tsx and ts-node (check-runners.ts) names the .ts line;
//   - vite: the same app built by `vite build --ssr` (check-bundle.ts), dependencies external and bundled.
//   - parcel: the same app built by Parcel 2 (check-bundle.ts), CommonJS bundled and ESM with pg external.
// `--only npm,pnpm,yarn,yarn-pnp,eslint8,ts7,cjs,ts-config,uninstall,bundle,webpack,runners,vite,parcel` runs some parts; `--keep` leaves the projects in place to look at.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { startPostgres } from "../support/postgres.js";
import { checkBundle, checkParcel, checkVite, checkWebpack } from "./check-bundle.js";
import { checkRunners } from "./check-runners.js";
import { installedPackages, toolchainIn } from "./installed-packages.js";

const repoRoot = path.join(import.meta.dirname, "..", "..");

type Manager = "npm" | "pnpm" | "yarn";

// How each manager is run and asked to add dependencies. pnpm and yarn come from the registry through npx, pinned
// to a major so that a new major changes the check only when this file does.
const managers: Record<Manager, { run: string[]; add: string[]; addDev: string[]; exec: string[] }> = {
  npm: { run: ["npm"], add: ["install", "--no-audit", "--no-fund"], addDev: ["install", "--save-dev", "--no-audit", "--no-fund"], exec: ["npm", "exec", "--"] },
  pnpm: { run: ["npx", "--yes", "pnpm@10"], add: ["add"], addDev: ["add", "--save-dev"], exec: ["npx", "--yes", "pnpm@10", "exec"] },
  yarn: { run: ["npx", "--yes", "-p", "@yarnpkg/cli-dist@4", "yarn"], add: ["add"], addDev: ["add", "--dev"], exec: ["npx", "--yes", "-p", "@yarnpkg/cli-dist@4", "yarn"] },
};

const APP = `import pg from "pg";
import { PoolMonitor, withClient } from "poolguard/runtime";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const monitor = new PoolMonitor().watch(pool, { name: "main" });
const one = await withClient(pool, async (client) => (await client.query("SELECT 1 AS one")).rows[0].one);
console.log("withClient answered", one);
monitor.stop();
await pool.end();
`;

/**
 * The README's install commands ("## Installing"): the packages of `npm install`, of the first `npm install
 * --save-dev` (the lint side), and of the one its comment marks for a TypeScript project (the types).
 */
function readmeInstall(): { production: string[]; development: string[]; typescript: string[] } {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Installing"));
  const commands = (/```bash\n([\s\S]*?)```/.exec(section)?.[1] ?? "").split("\n").filter((line) => line.startsWith("npm install "));
  const packages = (line: string | undefined) => (line ?? "").split(/\s+/).slice(2).filter((word) => !word.startsWith("-"));
  const result = {
    production: packages(commands.find((line) => !line.includes("--save-dev"))),
    development: packages(commands.find((line) => line.includes("--save-dev"))),
    typescript: packages(commands.find((line) => line.includes("--save-dev") && /#.*TypeScript/.test(line))?.replace(/\s*#.*$/, "")),
  };
  if (!result.production.includes("poolguard") || result.development.length === 0 || result.typescript.length === 0) {
    throw new Error(`README.md: no "npm install poolguard …", "npm install --save-dev …" and "npm install --save-dev … # … TypeScript …" under "## Installing"`);
  }
  return result;
}
const INSTALL = readmeInstall();

// The README's legacy .eslintrc.json ("A legacy `.eslintrc`" under "## Installing"), for an ESLint 8 project.
const ESLINTRC = (() => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const block = /\n( *)```json\n([\s\S]*?)\n\1```/.exec(readme.slice(readme.indexOf("**A legacy `.eslintrc`**")));
  if (!block) throw new Error("README.md: no .eslintrc JSON under \"A legacy `.eslintrc`\"");
  return block[2]!.split("\n").map((line) => line.slice(block[1]!.length)).join("\n");
})();

// The README's lint setup, its first eslint.config.mjs ("## Using the ESLint plugin"), and a leak for it to find.
const ESLINT_CONFIG = (() => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const config = /```js\n\/\/ eslint\.config\.mjs\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("## Using the ESLint plugin")))?.[1];
  if (!config) throw new Error('README.md: no eslint.config.mjs under "## Using the ESLint plugin"');
  return config;
})();

// The README's CommonJS config (its eslint.config.cjs block under "## Using the ESLint plugin").
const ESLINT_CONFIG_CJS = (() => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const config = /```js\n\/\/ eslint\.config\.cjs\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("## Using the ESLint plugin")))?.[1];
  if (!config) throw new Error('README.md: no eslint.config.cjs under "## Using the ESLint plugin"');
  return config;
})();

const LEAKY = `import { Pool } from "pg";

const pool = new Pool();

export async function balance(id: number): Promise<number> {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT balance FROM accounts WHERE id = $1", [id]);
  return rows[0].balance;
}
`;

function sh(command: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const [file, ...args] = command as [string, ...string[]];
  return spawnSync(file, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 600_000 });
}

class CheckFailed extends Error {}

function must(result: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (result.status !== 0) {
    throw new CheckFailed(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`.trimEnd());
  }
  return result;
}

function newProject(root: string, name: string, extra: Record<string, unknown> = {}): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, type: "module", ...extra }, null, 2));
  return dir;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

interface Row {
  part: string;
  ok: boolean;
  detail: string;
}

async function checkManager(manager: Manager, root: string, tarball: string, databaseUrl: string): Promise<Row[]> {
  const pm = managers[manager];
  const dir = newProject(root, `${manager}-app`);
  if (manager === "yarn") {
    // Yarn's default Plug'n'Play keeps no node_modules to measure; the node-modules linker installs the same set.
    writeFileSync(path.join(dir, ".yarnrc.yml"), "nodeLinker: node-modules\nenableTelemetry: false\n");
    writeFileSync(path.join(dir, "yarn.lock"), "");
  }
  const rows: Row[] = [];
  if (manager === "npm") {
    // For scale: what pg alone brings.
    const bare = newProject(root, "pg-only");
    must(sh([...pm.run, ...pm.add, "pg"], bare), "npm: install pg");
    const alone = installedPackages(bare);
    rows.push({ part: "npm: pg alone, for scale", ok: true, detail: `${alone.packages.length} packages, ${megabytes(alone.bytes)}` });
  }
  const spec = manager === "npm" ? tarball : `poolguard@file:${tarball}`;
  const production = INSTALL.production.map((name) => (name === "poolguard" ? spec : name));
  must(sh([...pm.run, ...pm.add, ...production], dir), `${manager}: install ${INSTALL.production.join(" ")}`);
  const installed = installedPackages(dir);
  const toolchain = toolchainIn(installed.packages);
  rows.push({
    part: `${manager}: production install`,
    ok: toolchain.length === 0,
    detail:
      `${installed.packages.length} packages, ${megabytes(installed.bytes)}` +
      (toolchain.length ? `; brings ${toolchain.join(", ")}` : "; no eslint, typescript, typescript-eslint or ts-morph"),
  });
  writeFileSync(path.join(dir, "app.js"), APP);
  const app = sh(["node", "app.js"], dir, { DATABASE_URL: databaseUrl });
  rows.push({ part: `${manager}: runtime`, ok: app.status === 0 && app.stdout.includes("withClient answered 1"), detail: (app.stdout + app.stderr).trim() });
  const help = sh([...pm.exec, "poolguard", "--help"], dir);
  rows.push({ part: `${manager}: poolguard --help`, ok: help.status === 0 && help.stdout.includes("stress"), detail: help.stdout.split("\n")[0] ?? "" });

  must(sh([...pm.run, ...pm.addDev, ...INSTALL.development], dir), `${manager}: add ${INSTALL.development.join(" ")}`);
  writeFileSync(path.join(dir, "eslint.config.mjs"), ESLINT_CONFIG);
  writeFileSync(path.join(dir, "leaky.ts"), LEAKY);
  rows.push(lintRow(`${manager}: eslint with the README config`, sh([...pm.exec, "eslint", "leaky.ts"], dir)));
  if (manager === "npm") rows.push(...productionCi(dir, databaseUrl));
  return rows;
}

/**
 * A production image's install from the lockfile, with the lint side in devDependencies: npm keeps poolguard's
 * optional peers (eslint, typescript-eslint's parser, typescript) under `--omit=dev` alone, as "devOptional"; the
 * README's `--omit=dev --omit=optional` leaves them out, and the runtime still runs.
 */
function productionCi(dir: string, databaseUrl: string): Row[] {
  const rows: Row[] = [];
  for (const omit of [["--omit=dev"], ["--omit=dev", "--omit=optional"]]) {
    rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
    must(sh(["npm", "ci", ...omit, "--no-audit", "--no-fund"], dir), `npm ci ${omit.join(" ")}`);
    const installed = installedPackages(dir);
    const toolchain = toolchainIn(installed.packages);
    const app = sh(["node", "app.js"], dir, { DATABASE_URL: databaseUrl });
    const runs = app.status === 0 && app.stdout.includes("withClient answered 1");
    rows.push({
      part: `npm ci ${omit.join(" ")} (lint side in devDependencies)`,
      // `--omit=dev` alone is expected to bring the toolchain (npm's rule for optional peers); the README's line not.
      ok: runs && (omit.length === 1 ? toolchain.length > 0 : toolchain.length === 0),
      detail:
        `${installed.packages.length} packages, ${megabytes(installed.bytes)}` +
        (toolchain.length ? `; brings ${toolchain.join(", ")}` : "; no eslint, typescript, typescript-eslint or ts-morph") +
        (runs ? "; withClient answered 1" : `; runtime: ${(app.stdout + app.stderr).trim()}`),
    });
  }
  return rows;
}

/** Yarn's default, Plug'n'Play (no node_modules: every import must be declared): the runtime and the lint side. */
async function checkYarnPnp(root: string, tarball: string, databaseUrl: string): Promise<Row[]> {
  const yarn = managers.yarn.run;
  const dir = newProject(root, "yarn-pnp-app");
  writeFileSync(path.join(dir, ".yarnrc.yml"), "enableTelemetry: false\n");
  writeFileSync(path.join(dir, "yarn.lock"), "");
  const production = INSTALL.production.map((name) => (name === "poolguard" ? `poolguard@file:${tarball}` : name));
  must(sh([...yarn, "add", ...production], dir), "yarn (Plug'n'Play): install");
  writeFileSync(path.join(dir, "app.js"), APP);
  const app = sh([...yarn, "node", "app.js"], dir, { DATABASE_URL: databaseUrl });
  const rows: Row[] = [
    { part: "yarn (Plug'n'Play): runtime", ok: app.status === 0 && app.stdout.includes("withClient answered 1"), detail: (app.stdout + app.stderr).trim() },
  ];
  must(sh([...yarn, "add", "--dev", ...INSTALL.development], dir), "yarn (Plug'n'Play): add the dev dependencies");
  writeFileSync(path.join(dir, "eslint.config.mjs"), ESLINT_CONFIG);
  writeFileSync(path.join(dir, "leaky.ts"), LEAKY);
  rows.push(lintRow("yarn (Plug'n'Play): eslint with the README config", sh([...yarn, "eslint", "leaky.ts"], dir)));
  return rows;
}

/** A project still on ESLint 8.57 (typescript-eslint 8 supports it): the runtime installs, the plugin reports. */
async function checkEslint8(root: string, tarball: string): Promise<Row[]> {
  const dir = newProject(root, "eslint8-app");
  const lintSide = INSTALL.development.map((name) => (name === "eslint" ? "eslint@^8.57" : name === "typescript-eslint" ? "typescript-eslint@8" : name));
  must(sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", ...lintSide], dir), `eslint8: install ${lintSide.join(" ")}`);
  const install = sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir);
  const rows: Row[] = [
    {
      part: "ESLint 8.57 project: npm install poolguard pg",
      ok: install.status === 0 && !install.stderr.includes("ERESOLVE"),
      detail: install.status === 0 ? "installed, no ERESOLVE" : install.stderr.split("\n").slice(0, 4).join(" "),
    },
  ];
  if (install.status !== 0) return rows;
  writeFileSync(path.join(dir, "eslint.config.mjs"), ESLINT_CONFIG);
  writeFileSync(path.join(dir, "leaky.ts"), LEAKY);
  const version = sh(["npx", "eslint", "--version"], dir).stdout.trim();
  const lint = lintRow("ESLint 8.57 project: eslint with the README config", sh(["npx", "eslint", "leaky.ts"], dir));
  rows.push({ ...lint, detail: `ESLint ${version}: ${lint.detail}` });
  // The README's legacy .eslintrc: poolguard installed a second time as eslint-plugin-poolguard (npm's alias; here
  // the tarball under that name), the rules named one by one, the flat config out of the way.
  must(sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", `eslint-plugin-poolguard@file:${tarball}`], dir), "eslint8: install eslint-plugin-poolguard");
  rmSync(path.join(dir, "eslint.config.mjs"));
  writeFileSync(path.join(dir, ".eslintrc.json"), ESLINTRC);
  rows.push(lintRow("ESLint 8.57 project: the README's .eslintrc.json", sh(["npx", "eslint", "leaky.ts"], dir, { ESLINT_USE_FLAT_CONFIG: "false" })));
  return rows;
}

async function checkTypeScript7(root: string, tarball: string): Promise<Row[]> {
  const dir = newProject(root, "ts7-app");
  // The README's TypeScript line (pg's types), and the compiler under test.
  must(sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", "typescript@7", ...INSTALL.typescript, "@types/node@20"], dir), "ts7: install typescript@7");
  const install = sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir);
  const rows: Row[] = [
    {
      part: "TypeScript 7 project: npm install poolguard pg",
      ok: install.status === 0 && !install.stderr.includes("ERESOLVE"),
      detail: install.status === 0 ? "installed, no ERESOLVE" : install.stderr.split("\n").slice(0, 4).join(" "),
    },
  ];
  writeFileSync(path.join(dir, "app.ts"), APP.replace("rows[0].one", "rows[0].one as number"));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, noEmit: true, types: ["node"] }, files: ["app.ts"] }),
  );
  const version = sh(["npx", "tsc", "--version"], dir).stdout.trim();
  const tsc = sh(["npx", "tsc", "-p", "."], dir);
  rows.push({ part: `TypeScript 7 project: tsc on poolguard/runtime`, ok: tsc.status === 0, detail: `${version}: ${tsc.status === 0 ? "no errors" : tsc.stdout.trim()}` });
  return rows;
}

/** npm's default project ("type": "commonjs"): `require("poolguard/runtime")` runs, the README's .cjs config lints. */
async function checkCommonJs(root: string, tarball: string, databaseUrl: string): Promise<Row[]> {
  const dir = newProject(root, "cjs-app", { type: "commonjs" });
  const npm = managers.npm;
  must(sh([...npm.run, ...npm.add, ...INSTALL.production.map((name) => (name === "poolguard" ? tarball : name))], dir), "cjs: install");
  writeFileSync(
    path.join(dir, "app.js"),
    `const pg = require("pg");
const { withClient } = require("poolguard/runtime");
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
withClient(pool, async (client) => (await client.query("SELECT 1 AS one")).rows[0].one)
  .then((one) => console.log("withClient answered", one))
  .finally(() => pool.end());
`,
  );
  const app = sh(["node", "app.js"], dir, { DATABASE_URL: databaseUrl });
  const rows: Row[] = [
    { part: "CommonJS project: require(\"poolguard/runtime\")", ok: app.status === 0 && app.stdout.includes("withClient answered 1"), detail: (app.stdout + app.stderr).trim() },
  ];
  // Without require(esm) (Node.js 20 before 20.19, or --no-experimental-require-module) the same require() is Node's
  // ERR_REQUIRE_ESM, and import() is the way the README gives.
  const withoutRequireEsm = sh(["node", "--no-experimental-require-module", "app.js"], dir, { DATABASE_URL: databaseUrl });
  rows.push({
    part: "CommonJS project without require(esm): require(\"poolguard/runtime\")",
    ok: withoutRequireEsm.status !== 0 && withoutRequireEsm.stderr.includes("ERR_REQUIRE_ESM"),
    detail: withoutRequireEsm.stderr.split("\n").find((line) => line.includes("ERR_")) ?? `exit ${withoutRequireEsm.status}: ${withoutRequireEsm.stdout}`.trim(),
  });
  writeFileSync(
    path.join(dir, "dynamic.js"),
    `const pg = require("pg");
import("poolguard/runtime").then(async ({ withClient }) => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  console.log("withClient answered", await withClient(pool, async (client) => (await client.query("SELECT 1 AS one")).rows[0].one));
  await pool.end();
});
`,
  );
  const dynamic = sh(["node", "--no-experimental-require-module", "dynamic.js"], dir, { DATABASE_URL: databaseUrl });
  rows.push({
    part: "CommonJS project without require(esm): import(\"poolguard/runtime\")",
    ok: dynamic.status === 0 && dynamic.stdout.includes("withClient answered 1"),
    detail: (dynamic.stdout + dynamic.stderr).trim(),
  });
  must(sh([...npm.run, ...npm.addDev, ...INSTALL.development], dir), "cjs: add the dev dependencies");
  writeFileSync(path.join(dir, "eslint.config.cjs"), ESLINT_CONFIG_CJS);
  writeFileSync(path.join(dir, "leaky.ts"), LEAKY);
  rows.push(lintRow("CommonJS project: eslint with the README's eslint.config.cjs", sh([...npm.exec, "eslint", "leaky.ts"], dir)));
  return rows;
}

/** The README's first config written as eslint.config.ts: ESLint asks for jiti, and with it reports the leak. */
async function checkTypeScriptConfig(root: string, tarball: string): Promise<Row[]> {
  const dir = newProject(root, "ts-config-app");
  const npm = managers.npm;
  must(sh([...npm.run, ...npm.add, ...INSTALL.production.map((name) => (name === "poolguard" ? tarball : name))], dir), "ts-config: install");
  must(sh([...npm.run, ...npm.addDev, ...INSTALL.development], dir), "ts-config: add the dev dependencies");
  writeFileSync(path.join(dir, "eslint.config.ts"), ESLINT_CONFIG);
  writeFileSync(path.join(dir, "leaky.ts"), LEAKY);
  const without = sh([...npm.exec, "eslint", "leaky.ts"], dir);
  const rows: Row[] = [
    {
      part: "eslint.config.ts without jiti",
      ok: without.status === 2 && without.stderr.includes("The 'jiti' library is required"),
      detail: `exit ${without.status}: ${without.stderr.split("\n").find((line) => line.includes("jiti")) ?? without.stderr.trim()}`,
    },
  ];
  must(sh([...npm.run, ...npm.addDev, "jiti"], dir), "ts-config: add jiti");
  rows.push(lintRow("eslint.config.ts with jiti", sh([...npm.exec, "eslint", "leaky.ts"], dir)));
  return rows;
}

/**
 * `npm uninstall poolguard pg` after the production install: package.json as before, no package left in node_modules,
 * no file beside package.json but npm's own lockfile (nothing runs at install: the tarball has no install script).
 */
async function checkUninstall(root: string, tarball: string): Promise<Row[]> {
  const dir = newProject(root, "uninstall-app");
  const manifest = () => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as unknown;
  const before = manifest();
  const npm = managers.npm;
  must(sh([...npm.run, ...npm.add, ...INSTALL.production.map((name) => (name === "poolguard" ? tarball : name))], dir), "uninstall: install");
  must(sh(["npm", "uninstall", "--no-audit", "--no-fund", ...INSTALL.production], dir), "uninstall: npm uninstall");
  const left = installedPackages(dir).packages;
  const files = readdirSync(dir).filter((name) => !["package.json", "package-lock.json", "node_modules"].includes(name));
  // npm writes package.json back with its own newline at the end: compare what it says, not its bytes.
  const same = isDeepStrictEqual(manifest(), before);
  return [
    {
      part: `npm uninstall ${INSTALL.production.join(" ")}`,
      ok: same && left.length === 0 && files.length === 0,
      detail: `package.json ${same ? "as before" : "changed"}; ${left.length} packages left${left.length ? ` (${left.join(", ")})` : ""}; ${files.length ? `left ${files.join(", ")}` : "no other file"}`,
    },
  ];
}

/** A lint of leaky.ts that must report the leak and exit 1. */
function lintRow(part: string, lint: SpawnSyncReturns<string>): Row {
  const reported = lint.stdout.includes("poolguard/no-leaked-client");
  return {
    part,
    ok: lint.status === 1 && reported,
    detail: reported ? "reports poolguard/no-leaked-client in leaky.ts (exit 1)" : `exit ${lint.status}: ${lint.stdout}${lint.stderr}`.trim(),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: "string" }, keep: { type: "boolean", default: false } } });
  const parts = values.only?.split(",") ?? ["npm", "pnpm", "yarn", "yarn-pnp", "eslint8", "ts7", "cjs", "ts-config", "uninstall", "bundle", "webpack", "runners", "vite", "parcel"];
  const root = mkdtempSync(path.join(tmpdir(), "poolguard-install-"));
  const postgres = await startPostgres();
  const rows: Row[] = [];
  try {
    console.error(`packing into ${root} …`);
    must(sh(["npm", "pack", "--pack-destination", root], repoRoot), "npm pack");
    const tarball = path.join(root, readdirSync(root).find((name) => name.endsWith(".tgz")) ?? "poolguard.tgz");
    for (const part of parts) {
      console.error(`checking ${part} …`);
      try {
        if (part === "eslint8") rows.push(...(await checkEslint8(root, tarball)));
        else if (part === "ts7") rows.push(...(await checkTypeScript7(root, tarball)));
        else if (part === "cjs") rows.push(...(await checkCommonJs(root, tarball, postgres.url)));
        else if (part === "ts-config") rows.push(...(await checkTypeScriptConfig(root, tarball)));
        else if (part === "uninstall") rows.push(...(await checkUninstall(root, tarball)));
        else if (part === "bundle") rows.push(...checkBundle(root, tarball, postgres.url, { sh, must, newProject }));
        else if (part === "webpack") rows.push(...checkWebpack(root, tarball, postgres.url, { sh, must, newProject }));
        else if (part === "vite") rows.push(...checkVite(root, tarball, postgres.url, { sh, must, newProject }));
        else if (part === "parcel") rows.push(...checkParcel(root, tarball, postgres.url, { sh, must, newProject }));
        else if (part === "runners") rows.push(...checkRunners(root, tarball, postgres.url, { sh, must, newProject }));
        else if (part === "yarn-pnp") rows.push(...(await checkYarnPnp(root, tarball, postgres.url)));
        else if (part in managers) rows.push(...(await checkManager(part as Manager, root, tarball, postgres.url)));
        else throw new CheckFailed(`unknown part "${part}"; expected npm, pnpm, yarn, yarn-pnp, eslint8, ts7, cjs, ts-config, uninstall, bundle, webpack, runners, vite or parcel`);
      } catch (error) {
        if (!(error instanceof CheckFailed)) throw error;
        rows.push({ part, ok: false, detail: error.message });
      }
    }
  } finally {
    await postgres.dispose();
    if (values.keep) console.error(`projects kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
  for (const row of rows) console.log(`${row.ok ? "ok  " : "FAIL"}  ${row.part}: ${row.detail}`);
  return rows.every((row) => row.ok) ? 0 : 1;
}

process.exitCode = await main();
