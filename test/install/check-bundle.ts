// `npm run check:install -- --only bundle`: poolguard/runtime inside an application bundled by esbuild
// (`--bundle --platform=node`), as CommonJS (esbuild's default for node) and as ESM, with `--sourcemap` run under
// `node --enable-source-maps`: the bundle loads, and a leak names the source line that acquired the client
// (src/handlers.ts:4), not the bundle's, even with the bundle written beside the sources. And the same app bundled
// by webpack 5 (`target: "node"`, `devtool: "source-map"`, production mode, so minified; ts-loader), as CommonJS and
// as an ES module: its maps name `webpack://<namespace>/src/handlers.ts`, which the report shows as the source path.
// And by Vite's SSR build (`--only vite`), with its dependencies external (Vite's default) and bundled. And by Parcel 2
// (`--only parcel`): CommonJS with everything bundled, and ESM with pg left external.
import type { SpawnSyncReturns } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface BundleRow {
  part: string;
  ok: boolean;
  detail: string;
}

export interface BundleTools {
  sh(command: string[], cwd: string, env?: NodeJS.ProcessEnv): SpawnSyncReturns<string>;
  must(result: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string>;
  newProject(root: string, name: string): string;
}

export const HANDLERS = `import type pg from "pg";

export async function loadReport(pool: pg.Pool, id: number) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT $1::int AS id", [id]);
  if (rows.length > 0) return rows[0];
  client.release();
  return undefined;
}
`;

export const MAIN = `import pg from "pg";
import { PoolMonitor } from "poolguard/runtime";
import { loadReport } from "./handlers.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 200, captureStacks: "always" });
monitor.watch(pool, { name: "main" });
monitor.on("leak", (event: { site: string }) => {
  console.log("leak at", event.site);
  monitor.stop();
  process.exit(0);
});
void loadReport(pool, 7);
`;

// pg's ES module entry `require`s Node's built-ins: an ESM bundle needs a `require` of its own (esbuild's documented banner).
const ESM_BANNER = '--banner:js=import { createRequire } from "node:module"; const require = createRequire(import.meta.url);';

// A fresh project with poolguard and pg installed, the build tools as devDependencies, and the app's two files.
function appProject(root: string, name: string, tarball: string, tools: BundleTools, devDependencies: string[]): string {
  const dir = tools.newProject(root, name);
  tools.must(tools.sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir), `${name}: npm install poolguard pg`);
  tools.must(tools.sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", ...devDependencies], dir), `${name}: npm install --save-dev ${devDependencies.join(" ")}`);
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "src", "handlers.ts"), HANDLERS);
  writeFileSync(path.join(dir, "src", "main.ts"), MAIN);
  return dir;
}

/** Runs a built bundle under `node --enable-source-maps`: the row is ok when the leak names src/handlers.ts:4. */
function leakRow(part: string, tool: string, build: SpawnSyncReturns<string>, bundle: string, dir: string, databaseUrl: string, tools: BundleTools): BundleRow {
  const run = build.status === 0 ? tools.sh(["node", "--enable-source-maps", bundle], dir, { DATABASE_URL: databaseUrl }) : build;
  const said = `${run.stdout}${run.stderr}`.trim();
  return {
    part,
    ok: run.status === 0 && said.includes("leak at src/handlers.ts:4:"),
    detail: run === build ? `${tool} exit ${build.status}: ${said.split("\n").slice(-5).join(" ")}` : (said.split("\n")[0] ?? ""),
  };
}

export function checkBundle(root: string, tarball: string, databaseUrl: string, tools: BundleTools): BundleRow[] {
  const dir = appProject(root, "bundle-app", tarball, tools, ["esbuild"]);
  return ([["cjs", "server.cjs"], ["esm", "server.mjs"]] as const).map(([format, outfile]) => {
    const build = tools.sh(
      ["npm", "exec", "--", "esbuild", "src/main.ts", "--bundle", "--platform=node", `--format=${format}`, "--sourcemap", `--outfile=${outfile}`,
        "--log-level=error", ...(format === "esm" ? [ESM_BANNER] : [])],
      dir,
    );
    return leakRow(`esbuild bundle (${format}, --sourcemap, node --enable-source-maps)`, "esbuild", build, outfile, dir, databaseUrl, tools);
  });
}

// webpack's own config for the two outputs; tsconfig's rootDir because TypeScript 6 asks for it when it emits (TS5011).
const WEBPACK_CONFIG = `import path from "node:path";

const common = {
  mode: "production",
  target: "node",
  devtool: "source-map",
  entry: "./src/main.ts",
  resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
  module: { rules: [{ test: /\\.ts$/, loader: "ts-loader", exclude: /node_modules/ }] },
};

export default [
  { ...common, name: "cjs", output: { path: path.resolve(import.meta.dirname, "dist"), filename: "main.cjs" } },
  {
    ...common,
    name: "esm",
    experiments: { outputModule: true },
    output: { path: path.resolve(import.meta.dirname, "dist"), filename: "main.mjs", module: true, chunkFormat: "module", library: { type: "module" } },
  },
];
`;

const TSCONFIG = JSON.stringify({
  compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, sourceMap: true, rootDir: "src", outDir: "dist" },
  include: ["src"],
});

export function checkWebpack(root: string, tarball: string, databaseUrl: string, tools: BundleTools): BundleRow[] {
  const dir = appProject(root, "webpack-app", tarball, tools, ["webpack@5", "webpack-cli", "ts-loader", "typescript@~6.0", "@types/pg"]);
  writeFileSync(path.join(dir, "tsconfig.json"), TSCONFIG);
  writeFileSync(path.join(dir, "webpack.config.js"), WEBPACK_CONFIG);
  const build = tools.sh(["npm", "exec", "--", "webpack"], dir);
  return (["main.cjs", "main.mjs"] as const).map((outfile) =>
    leakRow(`webpack 5 bundle (${outfile.endsWith("cjs") ? "cjs" : "esm"}, devtool source-map, node --enable-source-maps)`, "webpack", build, path.join("dist", outfile), dir, databaseUrl, tools),
  );
}

// Vite's SSR build with source maps: by default it keeps dependencies external (pg and poolguard loaded from
// node_modules); with `ssr.noExternal: true` it bundles them too.
const VITE_CONFIG = `import { defineConfig } from "vite";

export default defineConfig({
  build: { sourcemap: true, outDir: process.env.OUT_DIR },
  ssr: process.env.NO_EXTERNAL ? { noExternal: true } : {},
});
`;

export function checkVite(root: string, tarball: string, databaseUrl: string, tools: BundleTools): BundleRow[] {
  const dir = appProject(root, "vite-app", tarball, tools, ["vite@8"]);
  writeFileSync(path.join(dir, "vite.config.js"), VITE_CONFIG);
  return (
    [
      ["dependencies external", "dist-external", {}],
      ["ssr.noExternal: true", "dist-bundled", { NO_EXTERNAL: "1" }],
    ] as const
  ).map(([what, outDir, env]) => {
    const build = tools.sh(["npm", "exec", "--", "vite", "build", "--ssr", "src/main.ts", "--logLevel", "error"], dir, { ...env, OUT_DIR: outDir });
    return leakRow(`vite build --ssr (${what}, build.sourcemap, node --enable-source-maps)`, "vite", build, path.join(outDir, "main.js"), dir, databaseUrl, tools);
  });
}

// Parcel 2 reads package.json's "exports" only when told (`packageExports`): without it `poolguard/runtime` does not
// resolve ("Failed to resolve 'poolguard/runtime'"). Its ESM output of pg itself fails at load (Parcel's scope
// hoisting of pg's `require("util")`: "$…$deprecate is not defined"), so the ESM target leaves pg external.
const PARCEL_FIELDS = {
  cjs: "out/main.cjs",
  esm: "out/main.mjs",
  "@parcel/resolver-default": { packageExports: true },
  targets: {
    main: false,
    cjs: { source: "src/main.ts", context: "node", outputFormat: "commonjs", includeNodeModules: true, isLibrary: false, sourceMap: true },
    esm: { source: "src/main.ts", context: "node", outputFormat: "esmodule", includeNodeModules: { pg: false }, isLibrary: false, sourceMap: true },
  },
};

export function checkParcel(root: string, tarball: string, databaseUrl: string, tools: BundleTools): BundleRow[] {
  const dir = appProject(root, "parcel-app", tarball, tools, ["parcel@2"]);
  const manifest = path.join(dir, "package.json");
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), ...PARCEL_FIELDS }, null, 2));
  const build = tools.sh(["npm", "exec", "--", "parcel", "build", "--target", "cjs", "--target", "esm", "--no-cache"], dir);
  return (
    [
      ["cjs", "everything bundled", "main.cjs"],
      ["esm", "pg external", "main.mjs"],
    ] as const
  ).map(([format, what, outfile]) =>
    leakRow(`parcel 2 build (${format}, ${what}, packageExports, sourceMap, node --enable-source-maps)`, "parcel", build, path.join("out", outfile), dir, databaseUrl, tools),
  );
}
