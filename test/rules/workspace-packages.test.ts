// A monorepo's db package named by its package name (`import { getClient } from "@acme/db"` in `apps/api`): read like a
// relative import when the nearest root lists it as a workspace package — pnpm-workspace.yaml's `packages`, or a
// package.json's `workspaces` (npm's array, yarn's `{ packages }`) — and its package.json names it. Its entry is what
// `exports`, `module`, `main` or `types` name, else `src/index.*`; a built `dist/` absent from the checkout gives way to
// the source. Without a root, under node_modules, or with a manifest that does not parse, the name is a package's.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";
import { pnpmWorkspaceGlobs, workspaceTargets } from "../../src/analysis/pools/workspace-packages.js";
import { describe, expect, it } from "vitest";

const { root, write } = scratchModules("poolguard-workspace-packages-");

const POOL = `import { Pool } from "pg";\nexport const pool = new Pool();\nexport async function getClient() {\n  return pool.connect();\n}\n`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// pnpm: `main` names a build absent from the checkout, the barrel names its helper (kishord82/factory_connect's shape).
write("pnpm/pnpm-workspace.yaml", `packages:\n  - "apps/*"\n  - 'packages/*' # the libraries\n`);
write("pnpm/package.json", json({ name: "pnpm-root", private: true }));
write("pnpm/packages/db/package.json", json({ name: "@acme/db", main: "dist/index.js", types: "dist/index.d.ts" }));
write("pnpm/packages/db/dist/index.d.ts", `export declare function getClient(): Promise<unknown>;\n`);
write(
  "pnpm/packages/db/src/index.ts",
  `import type { Pool } from "pg";\nexport { pool, getClient } from "./pool.js";\nexport type DbPool = Pool;\nexport class ConnectionPool {\n  async connect() {\n    return { query: async () => ({ rows: [] }), release() {} };\n  }\n}\n`,
);
write("pnpm/packages/db/src/pool.ts", POOL);
// …and a pool exported under a name that says nothing (`db`), through a subpath the package's `exports` maps.
write("pnpm/packages/config/package.json", json({ name: "@acme/config", exports: { ".": "./src/index.ts", "./*": { types: "./dist/*.d.ts", import: "./src/*.ts" } } }));
write("pnpm/packages/config/src/index.ts", `export const name = "config";\n`);
write("pnpm/packages/config/src/database.ts", `import pg from "pg";\nexport const db = new pg.Pool();\n`);
// npm: `workspaces` in the root package.json, `**` below libs, `exports` with conditions (`types` first).
write("npm/package.json", json({ name: "npm-root", private: true, workspaces: ["apps/*", "libs/**"] }));
write("npm/libs/data/db/package.json", json({ name: "@acme/data-db", exports: { ".": { types: "./index.d.ts", import: "./index.js" } } }));
write("npm/libs/data/db/index.js", POOL.replace(": string", ""));
// yarn: `workspaces: { packages }`.
write("yarn/package.json", json({ name: "yarn-root", private: true, workspaces: { packages: ["packages/*"] } }));
write("yarn/packages/db/package.json", json({ name: "@acme/db" }));
write("yarn/packages/db/src/index.ts", POOL);
// No workspace root: the same package beside the app names a package, not a module of the project.
write("plain/package.json", json({ name: "plain-app" }));
write("plain/packages/db/package.json", json({ name: "@acme/db", main: "src/index.ts" }));
write("plain/packages/db/src/index.ts", POOL);
// A root whose package.json does not parse lists no package.
write("broken/package.json", `{ "workspaces": ["packages/*"], `);
write("broken/packages/db/package.json", json({ name: "@acme/db" }));
write("broken/packages/db/src/index.ts", POOL);
// A workspace package whose helper hands out the pool, not a checkout.
write("other/pnpm-workspace.yaml", `packages: ["packages/*"]\n`);
write("other/packages/db/package.json", json({ name: "@acme/db" }));
write("other/packages/db/src/index.ts", `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function getClient() {\n  return pool;\n}\n`);
// Only negated or brace globs: nothing is listed.
write("globs/pnpm-workspace.yaml", `packages:\n  - "!packages/*"\n  - "packages/{db,api}"\n`);
write("globs/packages/db/package.json", json({ name: "@acme/db" }));
write("globs/packages/db/src/index.ts", POOL);
// A glob into node_modules lists nothing: an installed package is never the project's.
write("installed/pnpm-workspace.yaml", `packages:\n  - "node_modules/*"\n`);
write("installed/node_modules/db/package.json", json({ name: "@acme/db" }));
write("installed/node_modules/db/index.js", POOL);

const at = (...parts: string[]) => path.join(root, ...parts);
const ROUTE = (source: string, body: string) =>
  `import { getClient } from "${source}";\nexport async function list() {\n  const client = await getClient();\n${body}}\n`;
const RELEASED_AFTER_QUERY = `  const { rows } = await client.query("SELECT 1");\n  client.release();\n  return rows;\n`;
const RELEASED_IN_FINALLY = `  try {\n    return (await client.query("SELECT 1")).rows;\n  } finally {\n    client.release();\n  }\n`;
const TYPED = (type: string) =>
  `import type { ${type} } from "@acme/db";\nexport async function list(pool: ${type}) {\n  const client = await pool.connect();\n${RELEASED_AFTER_QUERY}}\n`;
const NEVER_RELEASED = `  return (await client.query("SELECT 1")).rows;\n`;

ruleTester.run("no-leaked-client: a workspace package of the project named by its package name", rule, {
  valid: [
    {
      name: "the workspace package's helper, released in a finally",
      code: ROUTE("@acme/db", RELEASED_IN_FINALLY),
      filename: at("pnpm", "apps", "api", "src", "route.ts"),
    },
    {
      name: "no workspace root lists the package: `@acme/db` is a package's, its function no known checkout",
      code: ROUTE("@acme/db", RELEASED_AFTER_QUERY),
      filename: at("plain", "src", "route.ts"),
    },
    {
      name: "a root package.json that does not parse lists no workspace package",
      code: ROUTE("@acme/db", RELEASED_AFTER_QUERY),
      filename: at("broken", "apps", "api", "route.ts"),
    },
    {
      name: "the workspace package's helper hands out the pool, not a checkout",
      code: ROUTE("@acme/db", RELEASED_AFTER_QUERY),
      filename: at("other", "apps", "api", "route.ts"),
    },
    {
      name: "negated and brace globs list nothing",
      code: ROUTE("@acme/db", RELEASED_AFTER_QUERY),
      filename: at("globs", "apps", "api", "route.ts"),
    },
    {
      name: "the pool of a subpath, released in a finally",
      code: `import { db } from "@acme/config/database";\nexport async function load() {\n  const client = await db.connect();\n  try {\n    return (await client.query("SELECT 1")).rows;\n  } finally {\n    client.release();\n  }\n}\n`,
      filename: at("pnpm", "apps", "worker", "load.ts"),
    },
    {
      name: "a parameter typed with the workspace package's own class is not pg's pool, whatever its name",
      code: TYPED("ConnectionPool"),
      filename: at("pnpm", "apps", "api", "src", "typed.ts"),
    },
  ],
  invalid: [
    {
      name: "a parameter typed with the workspace package's alias of pg's Pool (`import type { DbPool } from \"@acme/db\"`)",
      code: TYPED("DbPool"),
      filename: at("pnpm", "apps", "api", "src", "typed.ts"),
      errors: [{ messageId: "notReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "pnpm: the helper of `@acme/db` (main names an absent build, src/index re-exports it), released after a query",
      code: ROUTE("@acme/db", RELEASED_AFTER_QUERY),
      filename: at("pnpm", "apps", "api", "src", "route.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "npm: `workspaces` with `**`, the entry of `exports`' import condition",
      code: ROUTE("@acme/data-db", NEVER_RELEASED),
      filename: at("npm", "apps", "web", "route.js"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "yarn: `workspaces: { packages }`, no entry declared: src/index",
      code: ROUTE("@acme/db", NEVER_RELEASED),
      filename: at("yarn", "packages", "api", "src", "route.ts"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a pool whose name says nothing (`db`), through a subpath that `exports` maps with `*`",
      code: `import { db } from "@acme/config/database";\nexport async function load() {\n  const client = await db.connect();\n  return (await client.query("SELECT 1")).rows;\n}\n`,
      filename: at("pnpm", "apps", "worker", "load.ts"),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "db" },
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { db } from "@acme/config/database";\nimport { withClient } from "poolguard/runtime";\nexport async function load() {\n  return await withClient(db, async (client) => {\n    return (await client.query("SELECT 1")).rows;\n  });\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});

describe("pnpmWorkspaceGlobs", () => {
  it("reads the block or flow sequence under `packages:` and nothing else", () => {
    expect(pnpmWorkspaceGlobs(`packages:\n  - "apps/*"\n  - 'packages/*' # libraries\n  - tools\nonlyBuiltDependencies:\n  - esbuild\n`)).toEqual([
      "apps/*",
      "packages/*",
      "tools",
    ]);
    expect(pnpmWorkspaceGlobs(`allowBuilds:\n  esbuild: true\npackages: ["apps/*", 'libs/**']\n`)).toEqual(["apps/*", "libs/**"]);
    expect(pnpmWorkspaceGlobs(`catalog:\n  pg: ^8\n`)).toEqual([]);
  });
});

describe("workspaceTargets", () => {
  it("names the entries of a workspace package, and nothing for a file under node_modules or a glob into it", () => {
    const dir = at("pnpm", "packages", "db");
    expect(workspaceTargets(at("pnpm", "apps", "api", "route.ts"), "@acme/db")).toEqual([
      path.join(dir, "dist", "index.js"),
      path.join(dir, "dist", "index.d.ts"),
      path.join(dir, "src", "index"),
      path.join(dir, "index"),
    ]);
    expect(workspaceTargets(at("pnpm", "node_modules", "vendored", "index.ts"), "@acme/db")).toEqual([]);
    expect(workspaceTargets(at("installed", "src", "route.ts"), "@acme/db")).toEqual([]);
    expect(workspaceTargets(at("pnpm", "apps", "api", "route.ts"), "pg")).toEqual([]);
    expect(workspaceTargets("relative/route.ts", "@acme/db")).toEqual([]);
  });
});
