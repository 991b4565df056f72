// `npm run check:install -- --only runners`: poolguard/runtime in a TypeScript app run from its sources, as the
// README says ("Run by tsx or ts-node"): under tsx (ESM and CommonJS) and ts-node in CommonJS a leak names the `.ts`
// line (src/handlers.ts:4); ts-node's ES module loader gives Node.js no source maps, so there the `.ts` file shows
// with the compiled line (src/handlers.ts:2) unless Node.js applies them (`--enable-source-maps`).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type BundleRow, type BundleTools, HANDLERS, MAIN } from "./check-bundle.js";

const TSCONFIG = JSON.stringify({
  compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, rootDir: "src", outDir: "dist" },
  include: ["src"],
  // ts-node's CommonJS resolver finds `./handlers.js` for handlers.ts only with it (the README says so).
  "ts-node": { experimentalResolver: true },
});

const TS_NODE_ESM = ["--loader", "ts-node/esm"];

// [part, module type, command, the site the README says it names]
const RUNS: [string, "module" | "commonjs", string[], string][] = [
  ["tsx, ESM", "module", ["npm", "exec", "--", "tsx", "src/main.ts"], "src/handlers.ts:4:"],
  ["tsx, CommonJS", "commonjs", ["npm", "exec", "--", "tsx", "src/main.ts"], "src/handlers.ts:4:"],
  ["ts-node, CommonJS", "commonjs", ["npm", "exec", "--", "ts-node", "src/main.ts"], "src/handlers.ts:4:"],
  ["node --enable-source-maps --loader ts-node/esm", "module", ["node", "--enable-source-maps", ...TS_NODE_ESM, "src/main.ts"], "src/handlers.ts:4:"],
  ["node --loader ts-node/esm (no source maps: the compiled line)", "module", ["node", ...TS_NODE_ESM, "src/main.ts"], "src/handlers.ts:2:"],
];

export function checkRunners(root: string, tarball: string, databaseUrl: string, tools: BundleTools): BundleRow[] {
  const rows: BundleRow[] = [];
  for (const type of ["module", "commonjs"] as const) {
    const dir = tools.newProject(root, `runners-${type}`);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `runners-${type}`, version: "1.0.0", private: true, type }));
    tools.must(tools.sh(["npm", "install", "--no-audit", "--no-fund", tarball, "pg"], dir), `runners (${type}): npm install poolguard pg`);
    tools.must(
      tools.sh(["npm", "install", "--save-dev", "--no-audit", "--no-fund", "tsx", "ts-node", "typescript@~6.0", "@types/pg", "@types/node@20"], dir),
      `runners (${type}): npm install --save-dev tsx ts-node typescript@~6.0 @types/pg @types/node@20`,
    );
    mkdirSync(path.join(dir, "src"));
    writeFileSync(path.join(dir, "src", "handlers.ts"), HANDLERS);
    writeFileSync(path.join(dir, "src", "main.ts"), MAIN);
    writeFileSync(path.join(dir, "tsconfig.json"), TSCONFIG);
    for (const [part, runType, command, expected] of RUNS) {
      if (runType !== type) continue;
      const run = tools.sh(command, dir, { DATABASE_URL: databaseUrl });
      const said = `${run.stdout}${run.stderr}`.trim();
      const line = said.split("\n").find((text) => text.startsWith("leak at")) ?? said.split("\n").slice(-3).join(" ");
      rows.push({ part, ok: run.status === 0 && line.startsWith(`leak at ${expected}`), detail: line });
    }
  }
  return rows;
}
