// A project midway from JavaScript to TypeScript: plain `.js` files linted with ESLint's default parser (espree, as
// README's eslint.config.mjs leaves them) import a pool or a helper from a TypeScript module (`./db.ts`, or `./db` and
// `./db.js` resolving to db.ts). The module is read with the parser its own extension needs (typescript-eslint's for
// TypeScript), not the importing file's: espree cannot read type annotations, and the leak would be silent. A `.js`
// module under espree and a `.ts` importer are the twins that already worked; a module no parser can read stays silent.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-mixed-language-modules-");

/** "line:column:messageId" of no-leaked-client's findings for `code` linted as `relative`: .js and .cjs by espree, .ts by typescript-eslint. */
function findings(relative: string, code: string): string[] {
  const filename = path.join(root, relative);
  write(relative, code);
  const messages = new Linter({ cwd: root }).verify(
    code,
    [
      { files: ["**/*.js", "**/*.cjs", "**/*.ts"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } },
      { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    ],
    { filename },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.column}:${message.messageId}`);
}

const TYPED_DB = 'import { Pool, type PoolConfig } from "pg";\nconst config: PoolConfig = { max: 5 };\nconst pool: Pool = new Pool(config);\nexport default pool;\n';
const PLAIN_DB = 'import { Pool } from "pg";\nconst pool = new Pool({ max: 5 });\nexport default pool;\n';
const leak = (specifier: string) =>
  `import conn from "${specifier}";\nexport async function count() {\n  const client = await conn.connect();\n  const { rows } = await client.query("SELECT count(*) FROM users");\n  return rows[0];\n}\n`;
const LEAKED = ["3:24:neverReleased"];

describe("a .js file under espree reading a TypeScript module", () => {
  it("sees the pool of a .ts module with type annotations, named with its extension, without, or as its emitted .js", () => {
    write("typed/db.ts", TYPED_DB);
    expect(findings("typed/direct.js", leak("./db.ts"))).toEqual(LEAKED);
    expect(findings("typed/bare.js", leak("./db"))).toEqual(LEAKED);
    expect(findings("typed/emitted.js", leak("./db.js"))).toEqual(LEAKED);
  });

  it("twin: a .js pool module under espree (already read with the importer's parser)", () => {
    write("plain/db.js", PLAIN_DB);
    expect(findings("plain/use.js", leak("./db.js"))).toEqual(LEAKED);
  });

  it("twin: a .ts importer of the same TypeScript module, and of a .js module that is really JavaScript", () => {
    write("ts-importer/db.ts", TYPED_DB);
    write("ts-importer/legacy/db.js", PLAIN_DB);
    expect(findings("ts-importer/use.ts", leak("./db.js"))).toEqual(LEAKED);
    expect(findings("ts-importer/legacy/use.ts", leak("./db.js"))).toEqual(LEAKED);
  });

  it("the same module serves the espree importer and the TypeScript one in one run, either order", () => {
    write("both/db.ts", TYPED_DB);
    expect(findings("both/first.ts", leak("./db"))).toEqual(LEAKED);
    expect(findings("both/second.js", leak("./db"))).toEqual(LEAKED);
    expect(findings("both/third.ts", leak("./db"))).toEqual(LEAKED);
  });

  it("reads a TypeScript helper module's functions too: a typed checkout helper hands out a pool client", () => {
    write(
      "helper/db.ts",
      'import { Pool, type PoolClient } from "pg";\nconst pool = new Pool();\nexport async function getClient(): Promise<PoolClient> {\n  return pool.connect();\n}\n',
    );
    expect(
      findings("helper/use.js", 'import { getClient } from "./db";\nexport async function count() {\n  const client = await getClient();\n  await client.query("SELECT 1");\n}\n'),
    ).toEqual(["3:24:helperNeverReleased"]);
  });

  it("twin: the same helper in a .js module under espree", () => {
    write("helper-js/db.js", 'import { Pool } from "pg";\nconst pool = new Pool();\nexport async function getClient() {\n  return pool.connect();\n}\n');
    expect(
      findings("helper-js/use.js", 'import { getClient } from "./db";\nexport async function count() {\n  const client = await getClient();\n  await client.query("SELECT 1");\n}\n'),
    ).toEqual(["3:24:helperNeverReleased"]);
  });

  it("stays silent, never crashing, on a TypeScript module no parser can read", () => {
    write("broken/db.ts", 'import { Pool } from "pg";\nconst pool: Pool = new Pool(;\nexport default pool;\n');
    expect(findings("broken/use.js", leak("./db"))).toEqual([]);
    expect(findings("broken/use.ts", leak("./db"))).toEqual([]);
  });
});

// CommonJS TypeScript, as a `"type": "commonjs"` project compiles it: `import pg = require("pg")` and `export = pool`
// in db.ts, required from `.js` and `.cjs` files (espree) and imported with `import db = require("./db")` from `.ts`.
// Node.js 20 cannot `require("./db.ts")` itself (tsx and Node.js with type stripping can); the leak is the same.
describe("a CommonJS TypeScript module whose value is the pool (`export =`)", () => {
  const EXPORT_ASSIGNED = 'import pg = require("pg");\nconst store = new pg.Pool({ max: 5 });\nexport = store;\n';
  const required = (specifier: string) =>
    `const db = require("${specifier}");\nasync function count() {\n  const client = await db.connect();\n  return (await client.query("SELECT 1")).rows;\n}\nmodule.exports = { count };\n`;
  const importedEquals = 'import db = require("./db");\nexport async function count() {\n  const client = await db.connect();\n  return (await client.query("SELECT 1")).rows;\n}\n';

  it("sees the pool from a .js and a .cjs file (espree) and from a .ts file's `import db = require`", () => {
    write("export-assigned/db.ts", EXPORT_ASSIGNED);
    expect(findings("export-assigned/bare.js", required("./db"))).toEqual(LEAKED);
    expect(findings("export-assigned/emitted.cjs", required("./db.js"))).toEqual(LEAKED);
    expect(findings("export-assigned/direct.cjs", required("./db.ts"))).toEqual(LEAKED);
    expect(findings("export-assigned/use.ts", importedEquals)).toEqual(LEAKED);
  });

  it("sees `export = new Pool(…)` with Pool from `import { Pool } from \"pg\"` and pg-pool's `import Pool = require`", () => {
    write("export-new/db.ts", 'import { Pool } from "pg";\nexport = new Pool({ max: 5 });\n');
    write("export-pg-pool/db.ts", 'import Pool = require("pg-pool");\nexport = new Pool({ max: 5 });\n');
    expect(findings("export-new/use.js", required("./db"))).toEqual(LEAKED);
    expect(findings("export-pg-pool/use.ts", importedEquals)).toEqual(LEAKED);
  });

  it("twin: `export =` of something that is no pool says nothing, whoever imports it", () => {
    write("export-other/db.ts", 'import redis = require("redis");\nconst store = redis.createClient();\nexport = store;\n');
    expect(findings("export-other/bare.js", required("./db"))).toEqual([]);
    expect(findings("export-other/use.ts", importedEquals)).toEqual([]);
  });
});

// gaps-33: a checkout helper behind `export = { getClient }` is read as one behind `module.exports = { getClient }`:
// its members by key, a function as the module's value; `import db = require("./db")` binds the module's value.
describe("a CommonJS TypeScript module exporting a checkout helper (`export = { getClient }`)", () => {
  const HELPER = 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function getClient() {\n  return pool.connect();\n}\n';
  const use = (head: string, call = "db.getClient()") =>
    `${head}\nexport async function listUsers() {\n  const client = await ${call};\n  const { rows } = await client.query("SELECT * FROM users");\n  return rows;\n}\n`;
  const HELPER_LEAKED = ["3:24:helperNeverReleased"];

  it("sees `db.getClient()` through `import db = require`, `const db = require` (.ts and .js) and a destructured require", () => {
    write("export-helper/db.ts", `${HELPER}export = { getClient };\n`);
    expect(findings("export-helper/equals.ts", use('import db = require("./db");'))).toEqual(HELPER_LEAKED);
    expect(findings("export-helper/required.ts", use('const db = require("./db");'))).toEqual(HELPER_LEAKED);
    expect(findings("export-helper/required.js", use('const db = require("./db");'))).toEqual(HELPER_LEAKED);
    expect(findings("export-helper/destructured.ts", use('const { getClient } = require("./db");', "getClient()"))).toEqual(HELPER_LEAKED);
  });

  it("sees an object declared first (`const db = { getClient }; export = db`) and a function as the module's value", () => {
    write("export-object/db.ts", `${HELPER}const db = { getClient };\nexport = db;\n`);
    write("export-function/db.ts", `${HELPER}export = getClient;\n`);
    expect(findings("export-object/equals.ts", use('import db = require("./db");'))).toEqual(HELPER_LEAKED);
    expect(findings("export-function/equals.ts", use('import getClient = require("./db");', "getClient()"))).toEqual(HELPER_LEAKED);
  });

  it("twin: released in a finally, and a helper that releases its own checkout, say nothing", () => {
    write("export-helper-twins/db.ts", `${HELPER}async function warm() {\n  const client = await pool.connect();\n  client.release();\n}\nexport = { getClient, warm };\n`);
    const released = 'import db = require("./db");\nexport async function listUsers() {\n  const client = await db.getClient();\n  try {\n    return (await client.query("SELECT 1")).rows;\n  } finally {\n    client.release();\n  }\n}\n';
    expect(findings("export-helper-twins/released.ts", released)).toEqual([]);
    expect(findings("export-helper-twins/warm.ts", use('import db = require("./db");', "db.warm()"))).toEqual([]);
  });

  it("twin: `import type db = require(…)` binds no value", () => {
    write("export-helper-type/db.ts", `${HELPER}export = { getClient };\n`);
    expect(findings("export-helper-type/equals.ts", use('import type db = require("./db");'))).toEqual([]);
  });
});
