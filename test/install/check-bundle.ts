// `npm run check:install -- --only bundle`: poolguard/runtime inside an application bundled by esbuild
// (`--bundle --platform=node`), as CommonJS (esbuild's default for node) and as ESM, with `--sourcemap` run under
// `node --enable-source-maps`: the bundle loads, and a leak names the source line that acquired the client
// (src/handlers.ts:4), not the bundle's, even with the bundle written beside the sources. And the same app bundled
// by webpack 5 (`target: "node"`, `devtool: "source-map"`, production mode, so minified; ts-loader), as CommonJS and
// as an ES module: its maps name `webpack://<namespace>/src/handlers.ts`, which the report shows as the source path.
// And by Vite's SSR build (`--only vite`), with its dependencies external (Vite's default) and bundled.
import type { SpawnSyncReturns } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
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

export function checkBundle(root: string, tarball: string, databaseUrl: string, tools: BundleTools): BundleRow[] {
  const dir = tools.newProject(root, "bundle-app");
  tools.must(tools.sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir), "bundle: npm install poolguard pg");
  tools.must(tools.sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", "esbuild"], dir), "bundle: npm install --save-dev esbuild");
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "src", "handlers.ts"), HANDLERS);
  writeFileSync(path.join(dir, "src", "main.ts"), MAIN);
  const rows: BundleRow[] = [];
  for (const [format, outfile] of [["cjs", "server.cjs"], ["esm", "server.mjs"]] as const) {
    const build = tools.sh(
      ["npm", "exec", "--", "esbuild", "src/main.ts", "--bundle", "--platform=node", `--format=${format}`, "--sourcemap", `--outfile=${outfile}`,
        "--log-level=error", ...(format === "esm" ? [ESM_BANNER] : [])],
      dir,
    );
    const run = build.status === 0 ? tools.sh(["node", "--enable-source-maps", outfile], dir, { DATABASE_URL: databaseUrl }) : build;
    const said = `${run.stdout}${run.stderr}`.trim();
    rows.push({
      part: `esbuild bundle (${format}, --sourcemap, node --enable-source-maps)`,
      ok: run.status === 0 && said.includes("leak at src/handlers.ts:4:"),
      detail: said.split("\n")[0] ?? "",
    });
  }
  return rows;
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
  const dir = tools.newProject(root, "webpack-app");
  tools.must(tools.sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir), "webpack: npm install poolguard pg");
  tools.must(
    tools.sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", "webpack@5", "webpack-cli", "ts-loader", "typescript@~6.0", "@types/pg"], dir),
    "webpack: npm install --save-dev webpack@5 webpack-cli ts-loader typescript@~6.0 @types/pg",
  );
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "src", "handlers.ts"), HANDLERS);
  writeFileSync(path.join(dir, "src", "main.ts"), MAIN);
  writeFileSync(path.join(dir, "tsconfig.json"), TSCONFIG);
  writeFileSync(path.join(dir, "webpack.config.js"), WEBPACK_CONFIG);
  const build = tools.sh(["npm", "exec", "--", "webpack"], dir);
  return (["main.cjs", "main.mjs"] as const).map((outfile) => {
    const run = build.status === 0 ? tools.sh(["node", "--enable-source-maps", path.join("dist", outfile)], dir, { DATABASE_URL: databaseUrl }) : build;
    const said = `${run.stdout}${run.stderr}`.trim();
    return {
      part: `webpack 5 bundle (${outfile.endsWith("cjs") ? "cjs" : "esm"}, devtool source-map, node --enable-source-maps)`,
      ok: run.status === 0 && said.includes("leak at src/handlers.ts:4:"),
      detail: run === build ? `webpack exit ${build.status}: ${said.split("\n").slice(-5).join(" ")}` : (said.split("\n")[0] ?? ""),
    };
  });
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
  const dir = tools.newProject(root, "vite-app");
  tools.must(tools.sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir), "vite: npm install poolguard pg");
  tools.must(tools.sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", "vite@8"], dir), "vite: npm install --save-dev vite@8");
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "src", "handlers.ts"), HANDLERS);
  writeFileSync(path.join(dir, "src", "main.ts"), MAIN);
  writeFileSync(path.join(dir, "vite.config.js"), VITE_CONFIG);
  return (
    [
      ["dependencies external", "dist-external", {}],
      ["ssr.noExternal: true", "dist-bundled", { NO_EXTERNAL: "1" }],
    ] as const
  ).map(([what, outDir, env]) => {
    const build = tools.sh(["npm", "exec", "--", "vite", "build", "--ssr", "src/main.ts", "--logLevel", "error"], dir, { ...env, OUT_DIR: outDir });
    const run = build.status === 0 ? tools.sh(["node", "--enable-source-maps", path.join(outDir, "main.js")], dir, { DATABASE_URL: databaseUrl }) : build;
    const said = `${run.stdout}${run.stderr}`.trim();
    return {
      part: `vite build --ssr (${what}, build.sourcemap, node --enable-source-maps)`,
      ok: run.status === 0 && said.includes("leak at src/handlers.ts:4:"),
      detail: run === build ? `vite exit ${build.status}: ${said.split("\n").slice(-5).join(" ")}` : (said.split("\n")[0] ?? ""),
    };
  });
}
