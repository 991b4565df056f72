// Pool detection, exercised through no-transaction-on-pool: every way a pg pool is recognised (imports, aliases,
// require, annotations, this.pool, the name pattern, the checker) and the look-alikes that are not pools.
import { Linter, type ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it, vi } from "vitest";
import rule from "../../rules/no-transaction-on-pool.js";
import { captureProcessWarnings } from "../support/process-warnings.js";
import { ruleTester, typedRuleTester } from "../support/rule-tester.js";

// The first type-aware case starts a TypeScript project service: seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

// The bad settings below warn on purpose: captured here, and asserted at the end of the file.
const warnings = captureProcessWarnings("POOLGUARD_SETTINGS");

const begin = (line: number, column: number) => [{ messageId: "transactionOnPool" as const, line, column }];

ruleTester.run("pool detection (syntactic)", rule, {
  valid: [
    { name: "unknown object with a neutral name", code: 'db.query("BEGIN");' },
    { name: "redis client", code: 'const redis = createClient();\nredis.query("BEGIN");' },
    { name: "pg Client is not a pool", code: 'import { Client } from "pg";\nconst db = new Client();\ndb.query("BEGIN");' },
    { name: "pg.Client through the namespace", code: 'import pg from "pg";\nconst db = new pg.Client();\ndb.query("BEGIN");' },
    { name: "a Pool class of another library", code: 'import { Pool } from "generic-pool";\nconst db = new Pool();\ndb.query("BEGIN");' },
    { name: "require of another library", code: 'const { Pool } = require("mysql-pool");\nconst db = new Pool();\ndb.query("BEGIN");' },
    {
      name: "a local class shadows the imported Pool",
      code: 'import { Pool } from "pg";\nfunction f() {\n  class Pool { query(_: string) {} }\n  const db = new Pool();\n  db.query("BEGIN");\n}',
    },
    {
      name: "a parameter shadows the pool variable",
      code: 'import { Pool } from "pg";\nconst db = new Pool();\nfunction f(db) { db.query("BEGIN"); }',
    },
    { name: "a factory call says nothing without types", code: 'const db = makeDb();\ndb.query("BEGIN");' },
    { name: "a call result named nothing", code: 'getDatabase().query("BEGIN");' },
    { name: "a name that only contains pool", code: 'const pooling = x;\npooling.query("BEGIN");' },
    { name: "annotation with another library's Pool", code: 'import type { Pool } from "mysql2";\nfunction f(db: Pool) { db.query("BEGIN"); }' },
    { name: "asserted as another library's Pool, whatever the name", code: 'import type { Pool } from "generic-pool";\n(pool as Pool<unknown>).query("BEGIN");' },
    { name: "a parameter typed with a local class named like a pool", code: 'class SurrealPool { query(_: string) {} }\nfunction f(pool: SurrealPool) { pool.query("BEGIN"); }' },
    { name: "annotation with PoolClient", code: 'import type { PoolClient } from "pg";\nfunction f(db: PoolClient) { db.query("BEGIN"); }' },
    { name: "this.db typed as a client", code: 'import type { Client } from "pg";\nclass Repo {\n  db!: Client;\n  run() { this.db.query("BEGIN"); }\n}' },
    {
      name: "this inside a plain function is not the class instance",
      code: 'import { Pool } from "pg";\nclass Repo {\n  db = new Pool();\n  run() { return function () { this.db.query("BEGIN"); }; }\n}',
    },
    { name: "static member is not the instance field", code: 'import { Pool } from "pg";\nclass Repo {\n  db = new Pool();\n  static run() { this.db.query("BEGIN"); }\n}' },
    { name: "computed member name", code: 'db[key].query("BEGIN");' },
    {
      name: "custom pattern replaces the default",
      code: 'pool.query("BEGIN");',
      settings: { poolguard: { poolNamePattern: "^db$" } },
    },
    { name: "pg-pool namespace import is not the class", code: 'import * as pgPoolModule from "pg-pool";\nconst db = pgPoolModule;\ndb.query("BEGIN");' },
  ],
  invalid: [
    { name: "identifier named pool", code: 'pool.query("BEGIN");', errors: begin(1, 1) },
    { name: "a neutral name asserted as pg.Pool", code: 'import pg from "pg";\n(this.client as pg.Pool).query("BEGIN");', errors: begin(2, 1) },
    { name: "an angle-bracket assertion to Pool", code: 'import { Pool } from "pg";\n(<Pool>db).query("BEGIN");', errors: begin(2, 1) },
    { name: "name pattern is case-insensitive: listenPool", code: 'listenPool.query("BEGIN");', errors: begin(1, 1) },
    { name: "MAIN_POOL constant", code: 'MAIN_POOL.query("BEGIN");', errors: begin(1, 1) },
    { name: "this.pool", code: 'class A { run() { this.pool.query("BEGIN"); } }', errors: begin(1, 19) },
    { name: "db.pool", code: 'db.pool.query("BEGIN");', errors: begin(1, 1) },
    { name: "private #pool", code: 'class A { #pool = x; run() { this.#pool.query("BEGIN"); } }', errors: begin(1, 30) },
    { name: "bracket access with a string", code: 'db["pool"].query("BEGIN");', errors: begin(1, 1) },
    { name: "named import Pool", code: 'import { Pool } from "pg";\nconst db = new Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    {
      name: "aliased import Pool as PgPool",
      code: 'import { Pool as PgPool } from "pg";\nconst db = new PgPool();\ndb.query("BEGIN");',
      errors: begin(3, 1),
    },
    { name: "default import pg", code: 'import pg from "pg";\nconst db = new pg.Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "namespace import", code: 'import * as pg from "pg";\nconst db = new pg.Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "require of the module", code: 'const pg = require("pg");\nconst db = new pg.Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "destructured require", code: 'const { Pool } = require("pg");\nconst db = new Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    {
      name: "destructured require with a rename",
      code: 'const { Pool: PgPool } = require("pg");\nconst db = new PgPool();\ndb.query("BEGIN");',
      errors: begin(3, 1),
    },
    { name: "member of require", code: 'const P = require("pg").Pool;\nconst db = new P();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "inline require", code: 'const db = new (require("pg").Pool)();\ndb.query("BEGIN");', errors: begin(2, 1) },
    { name: "pg-pool default import", code: 'import PgPool from "pg-pool";\nconst db = new PgPool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "pg-pool require", code: 'const PgPool = require("pg-pool");\nconst db = new PgPool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "import = require", code: 'import pg = require("pg");\nconst db = new pg.Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    {
      name: "destructured dynamic import",
      code: 'const { Pool } = await import("pg");\nconst db = new Pool();\ndb.query("BEGIN");',
      errors: begin(3, 1),
    },
    { name: "destructured from the module object", code: 'import pg from "pg";\nconst { Pool } = pg;\nconst db = new Pool();\ndb.query("BEGIN");', errors: begin(4, 1) },
    { name: "native pool", code: 'import pg from "pg";\nconst db = new pg.native.Pool();\ndb.query("BEGIN");', errors: begin(3, 1) },
    { name: "assigned later", code: 'import { Pool } from "pg";\nlet db;\ndb = new Pool();\ndb.query("BEGIN");', errors: begin(4, 1) },
    { name: "alias of a pool", code: 'import { Pool } from "pg";\nconst db = new Pool();\nconst main = db;\nmain.query("BEGIN");', errors: begin(4, 1) },
    { name: "a new Pool used directly", code: 'import { Pool } from "pg";\nnew Pool().query("BEGIN");', errors: begin(2, 1) },
    { name: "through a type assertion", code: 'import { Pool } from "pg";\nconst db = new Pool();\n(db as any).query("BEGIN");', errors: begin(3, 1) },
    { name: "through a non-null assertion", code: 'import { Pool } from "pg";\nconst db = new Pool();\ndb!.query("BEGIN");', errors: begin(3, 1) },
    {
      name: "parameter annotated with the imported type",
      code: 'import type { Pool } from "pg";\nfunction f(db: Pool) { db.query("BEGIN"); }',
      errors: begin(2, 24),
    },
    {
      name: "parameter annotated with a renamed type",
      code: 'import type { Pool as PgPool } from "pg";\nfunction f(db: PgPool) { db.query("BEGIN"); }',
      errors: begin(2, 26),
    },
    { name: "qualified annotation pg.Pool", code: 'import pg from "pg";\nfunction f(db: pg.Pool) { db.query("BEGIN"); }', errors: begin(2, 27) },
    { name: "import type annotation", code: 'function f(db: import("pg").Pool) { db.query("BEGIN"); }', errors: begin(1, 37) },
    { name: "optional pool annotation", code: 'import type { Pool } from "pg";\nfunction f(db: Pool | undefined) { db!.query("BEGIN"); }', errors: begin(2, 36) },
    { name: "parameter with a default", code: 'import type { Pool } from "pg";\nfunction f(db: Pool = x) { db.query("BEGIN"); }', errors: begin(2, 28) },
    { name: "annotated variable", code: 'import type { Pool } from "pg";\nconst db: Pool = make();\ndb.query("BEGIN");', errors: begin(3, 1) },
    {
      name: "class field typed Pool",
      code: 'import type { Pool } from "pg";\nclass Repo {\n  private db!: Pool;\n  run() { this.db.query("BEGIN"); }\n}',
      errors: begin(4, 11),
    },
    {
      name: "class field initialised with new Pool",
      code: 'import { Pool } from "pg";\nclass Repo {\n  db = new Pool();\n  run() { this.db.query("BEGIN"); }\n}',
      errors: begin(4, 11),
    },
    {
      name: "constructor parameter property",
      code: 'import type { Pool } from "pg";\nclass Repo {\n  constructor(private readonly db: Pool) {}\n  run() { this.db.query("BEGIN"); }\n}',
      errors: begin(4, 11),
    },
    {
      name: "constructor assigns a new Pool",
      code: 'import { Pool } from "pg";\nclass Repo {\n  constructor() { this.db = new Pool(); }\n  run() { this.db.query("BEGIN"); }\n}',
      errors: begin(4, 11),
    },
    {
      name: "this in an arrow function inside a method",
      code: 'import { Pool } from "pg";\nclass Repo {\n  db = new Pool();\n  run() { return () => this.db.query("BEGIN"); }\n}',
      errors: begin(4, 24),
    },
    {
      name: "configured type name",
      code: 'function f(db: DbPool) { db.query("BEGIN"); }',
      settings: { poolguard: { poolTypes: ["DbPool"] } },
      errors: begin(1, 26),
    },
    { name: "configured name pattern", code: 'db.query("BEGIN");', settings: { poolguard: { poolNamePattern: "^db$" } }, errors: begin(1, 1) },
    {
      name: "a bad pattern falls back to the default",
      code: 'pool.query("BEGIN");',
      settings: { poolguard: { poolNamePattern: "(unclosed" } },
      errors: begin(1, 1),
    },
    {
      name: "typeAware without type information falls back to syntax",
      code: 'pool.query("BEGIN");',
      settings: { poolguard: { typeAware: true } },
      errors: begin(1, 1),
    },
  ],
});

const typed = { poolguard: { typeAware: true } };

typedRuleTester.run("pool detection (type-aware)", rule, {
  valid: [
    {
      name: "a client type is not a pool",
      code: 'import { Client } from "pg";\nfunction make(): Client { return new Client(); }\nconst db = make();\ndb.query("BEGIN");',
      settings: typed,
    },
    {
      name: "another library's object with a query method",
      code: 'interface Redis { query(sql: string): void }\ndeclare const db: Redis;\ndb.query("BEGIN");',
      settings: typed,
    },
    {
      // The factory returns a cached pool: only its return type says so (one returning `new Pool()` is a pool without
      // types, pool-factories.ts).
      name: "types are not asked unless typeAware is set",
      code: 'import { Pool } from "pg";\nlet shared: Pool | undefined;\nfunction make(): Pool { shared ??= new Pool(); return shared; }\nconst db = make();\ndb.query("BEGIN");',
    },
    { name: "an any-typed object", code: 'declare const db: any;\ndb.query("BEGIN");', settings: typed },
  ],
  invalid: [
    {
      name: "a factory's return type says Pool",
      code: 'import { Pool } from "pg";\nlet shared: Pool | undefined;\nfunction make(): Pool { shared ??= new Pool(); return shared; }\nconst db = make();\ndb.query("BEGIN");',
      settings: typed,
      errors: begin(5, 1),
    },
    {
      name: "a call expression typed Pool",
      code: 'import pg from "pg";\ndeclare function database(): pg.Pool;\ndatabase().query("COMMIT");',
      settings: typed,
      errors: begin(3, 1),
    },
    {
      name: "a subclass of Pool",
      code: 'import { Pool } from "pg";\nclass Db extends Pool {}\ndeclare const main: { db: Db };\nmain.db.query("BEGIN");',
      settings: typed,
      errors: begin(4, 1),
    },
    {
      name: "a pool held in an object of a neutral name",
      code: 'import type { Pool } from "pg";\ndeclare const deps: { db: Pool };\ndeps.db.query("ROLLBACK");',
      settings: typed,
      errors: begin(3, 1),
    },
    {
      name: "optional pool type",
      code: 'import type { Pool } from "pg";\ndeclare const db: Pool | undefined;\ndb?.query("BEGIN");',
      settings: typed,
      errors: begin(3, 1),
    },
    {
      name: "configured pool type resolved by the checker",
      code: 'class DbPool { query(_: string) {} }\ndeclare function get(): DbPool;\nget().query("BEGIN");',
      settings: { poolguard: { typeAware: true, poolTypes: ["DbPool"] } },
      errors: begin(3, 1),
    },
  ],
});

describe("pool settings validation", () => {
  const lint = (settings: Record<string, unknown>) => {
    const linter = new Linter({ configType: "flat" });
    return linter.verify('pool.query("BEGIN");', {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser },
      // typescript-eslint's rule type and ESLint's own differ only in the context's deprecated members
      plugins: { poolguard: { rules: { "no-transaction-on-pool": rule } } as unknown as ESLint.Plugin },
      rules: { "poolguard/no-transaction-on-pool": "error" },
      settings,
    }, "file.ts");
  };

  it("warns once about an invalid regular expression and keeps linting with the default", () => {
    const settings = { poolguard: { poolNamePattern: "[unterminated" } };
    const first = lint(settings);
    const second = lint({ poolguard: { poolNamePattern: "[unterminated" } });
    expect(first.map((message) => message.ruleId)).toEqual(["poolguard/no-transaction-on-pool"]);
    expect(second).toHaveLength(1);
    const ours = warnings.filter((warning) => warning.includes("[unterminated"));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('"[unterminated" is not a valid regular expression');
    expect(ours[0]).toContain('using "pool$"');
  });

  it("ignores poolTypes that are not an array of names, with a warning", () => {
    expect(lint({ poolguard: { poolTypes: "DbPool" } })).toHaveLength(1);
    expect(warnings.join("\n")).toContain("settings.poolguard.poolTypes must be an array");
  });

  it("typeAware with ESLint's default parser (a .js file) judges by syntax instead of crashing", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      'const listenPool = make();\nlistenPool.query("BEGIN");\nconst db = make();\ndb.query("BEGIN");',
      {
        plugins: { poolguard: { rules: { "no-transaction-on-pool": rule } } as unknown as ESLint.Plugin },
        rules: { "poolguard/no-transaction-on-pool": "error" },
        languageOptions: { parserOptions: { projectService: true } },
        settings: { poolguard: { typeAware: true } },
      },
      "file.js",
    );
    expect(messages.map((message) => [message.line, message.ruleId])).toEqual([[2, "poolguard/no-transaction-on-pool"]]);
  });

  it("typeAware without projectService, through typescript-eslint's parser: judges by syntax, says to set it", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      'const db = make();\ndb.query("BEGIN");\nconst listenPool = make();\nlistenPool.query("BEGIN");',
      {
        files: ["**/*.ts"],
        plugins: { poolguard: { rules: { "no-transaction-on-pool": rule } } as unknown as ESLint.Plugin },
        rules: { "poolguard/no-transaction-on-pool": "error" },
        languageOptions: { parser: tsParser },
        settings: { poolguard: { typeAware: true } },
      },
      "file.ts",
    );
    expect(messages.map((message) => [message.line, message.ruleId])).toEqual([[4, "poolguard/no-transaction-on-pool"]]);
  });

  it("does not crash on a settings block that is not an object", () => {
    expect(lint({ poolguard: "yes" })).toHaveLength(1);
  });
});

describe("settings warnings", () => {
  // Last in the file: every bad setting above has been read by now.
  it("said once, for each bad setting above, what was wrong and what is used instead", () => {
    expect([...warnings].sort()).toEqual(
      [
        'poolguard: settings.poolguard.poolNamePattern "(unclosed" is not a valid regular expression (Invalid regular expression: /(unclosed/i: Unterminated group); using "pool$". Fix the pattern in your ESLint config.',
        'poolguard: settings.poolguard.poolNamePattern "[unterminated" is not a valid regular expression (Invalid regular expression: /[unterminated/i: Unterminated character class); using "pool$". Fix the pattern in your ESLint config.',
        'poolguard: settings.poolguard.poolTypes must be an array of type names such as ["DbPool"], got "DbPool"; ignoring it.',
        "poolguard: settings.poolguard.typeAware is true but the parser gives no type information; pools are judged by syntax alone. Set languageOptions.parserOptions.projectService: true (recommended-type-checked does).",
        // projectService set, and ESLint's default parser ignores it, as @typescript-eslint/parser 7 does: the
        // message above told such a user to set what they had set.
        "poolguard: settings.poolguard.typeAware is true and parserOptions.projectService is set, but the parser gives no type information (it ignores projectService: @typescript-eslint/parser 7 or older, or not a TypeScript parser); pools are judged by syntax alone. Use typescript-eslint 8's parser (tseslint.parser).",
        'poolguard: settings.poolguard must be an object, got "yes"; using the defaults. Fix it in your ESLint config.',
      ].sort(),
    );
  });
});
