// A TypeORM runner made into the caller's parameter when the caller gave none (src/analysis/lifetime/
// guarded-runner-parameter.ts): `if (queryRunner === undefined || shouldCreate) { queryRunner =
// ds.createQueryRunner("master"); }` with `const shouldCreate = queryRunner === undefined || …`, released under `if
// (shouldCreate)` (derived-hold-flags.ts's implied flag), and a query builder of the runner kept in a `const` and
// executed a statement later (`await qb.execute()`). Reduced from TypeORM's DbQueryResultCache.storeInCache before and
// at 1feec6ad5 (test/realworld/cases/libraries/typeorm-typeorm-store-in-cache-*-1feec6ad5.ts). Each guard has a valid
// twin that differs by the one thing it looks at.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

const notReleased = (what: string, line: number, column: number, runner = "queryRunner", created = "createQueryRunner()") => ({
  messageId: "queryRunnerNotReleased" as const,
  data: { created, what, fix: `Call \`${runner}.release()\` in a \`finally\` block` },
  line,
  column,
  suggestions: [],
});

const WORK = `    if (savedCache) {
      const qb = queryRunner.manager.createQueryBuilder().update("cache").set(options);
      qb.where(\`\${qb.escape("identifier")} = :id\`, { id: options.identifier });
      await qb.execute();
    } else {
      await queryRunner.manager.createQueryBuilder().insert().into("cache").values(options).execute();
    }
`;
/** storeInCache's shape: `guard` decides whether a runner is made, `body` runs on it. */
const STORE = (body: string, guard = "queryRunner === undefined || shouldCreate", flag = 'queryRunner === undefined || queryRunner.getReplicationMode() === "slave"') => `class DbQueryResultCache {
  async storeInCache(options, savedCache, queryRunner) {
    const shouldCreate = ${flag};
    if (${guard}) {
      queryRunner = this.dataSource.createQueryRunner("master");
    }
${body}  }
}`;
const RELEASE_AFTER = `${WORK}    if (shouldCreate) {
      await queryRunner.release();
    }
`;
const RELEASE_IN_FINALLY = (test = "shouldCreate") => `    try {
${WORK.replace(/^/gm, "  ")}    } finally {
      if (${test}) await queryRunner.release();
    }
`;

ruleTester.run("TypeORM runners made into the caller's parameter, released under the flag that made them (no-leaked-client)", rule, {
  valid: [
    { name: "storeInCache at 1feec6ad5: the work in a try whose finally releases under the flag", code: STORE(RELEASE_IN_FINALLY()) },
    {
      name: "the flag without the caller's test: `if (!queryRunner || fresh)` with `const fresh = !queryRunner || …`",
      code: STORE(RELEASE_IN_FINALLY("fresh"), "!queryRunner || fresh", "!queryRunner || this.replicated").replace("const shouldCreate", "const fresh"),
    },
    {
      name: "review-31b's open case: the flag's test written again as the guard's (`const shouldCreate = T; if (T)`)",
      code: STORE(RELEASE_IN_FINALLY(), "queryRunner === undefined || this.fresh", "queryRunner === undefined || this.fresh"),
    },
    {
      name: "a guard that does not test the parameter: not followed",
      code: STORE(RELEASE_IN_FINALLY("this.fresh"), "this.fresh"),
    },
    {
      name: "a local copy of the field, not a parameter: not followed",
      code: `class Cache {
  async store(options) {
    let queryRunner = this.queryRunner;
    if (!queryRunner) {
      queryRunner = this.dataSource.createQueryRunner("master");
    }
    try {
      await queryRunner.manager.insert("cache", options);
    } finally {
      if (!this.queryRunner) await queryRunner.release();
    }
  }
}`,
    },
    {
      name: "a pg client checked out into the parameter under the implied flag, released under it",
      code: `async function send(pool, message, client) {
  const own = !client || message.urgent;
  if (!client || own) client = await pool.connect();
  try {
    await client.query("INSERT INTO outbox VALUES ($1)", [message.id]);
  } finally {
    if (own) client.release();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "storeInCache before 1feec6ad5: a failing update or insert skips the release",
      code: STORE(RELEASE_AFTER),
      errors: [notReleased("it is not released if the call on line 10 throws", 5, 21)],
    },
    {
      name: "a builder kept in a const: the runner connects at the builder's awaited query",
      code: `async function clear(dataSource, id) {
  const qr = dataSource.createQueryRunner();
  const qb = qr.manager.createQueryBuilder().delete().from("cache");
  qb.where("id = :id", { id });
  await qb.execute();
  await qr.release();
}`,
      errors: [notReleased("it is not released if the call on line 5 throws", 2, 14, "qr", "dataSource.createQueryRunner()")],
    },
    {
      name: "a flag the caller's test does not imply: a runner made for a caller that gave none, flag unset, is kept",
      code: STORE(RELEASE_IN_FINALLY(), "queryRunner === undefined || shouldCreate", 'this.replicated || queryRunner?.getReplicationMode() === "slave"'),
      errors: [notReleased("it is not released if the call on line 11 throws", 5, 21)],
    },
    {
      name: "the flag's test repeated with a call in it (`getReplicationMode()`): the two evaluations may differ, not read",
      code: STORE(RELEASE_IN_FINALLY(), 'queryRunner === undefined || queryRunner.getReplicationMode() === "slave"'),
      errors: [notReleased("it is not released if the call on line 11 throws", 5, 21)],
    },
    {
      name: "the parameter written between the flag and the guard: the flag no longer says what the guard tests",
      code: STORE(RELEASE_IN_FINALLY()).replace("    if (queryRunner === undefined", "    if (options.fresh) queryRunner = undefined;\n    if (queryRunner === undefined"),
      errors: [notReleased("it is not released if the call on line 12 throws", 6, 21)],
    },
  ],
});

/** "line:messageId" of no-leaked-client's findings when `code` is linted as a .js file by ESLint's default parser. */
function espreeFindings(code: string): string[] {
  const linter = new Linter();
  const config = { files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" as const } };
  const messages = linter.verify(code, [config], { filename: "cache.js" });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.messageId}`);
}

describe("the runner made into the parameter under ESLint's default parser (espree)", () => {
  it("reports the release skipped by a failing query", () => {
    expect(espreeFindings(STORE(RELEASE_AFTER))).toEqual(["5:queryRunnerNotReleased"]);
  });
  it("stays silent on the release in a finally under the flag", () => {
    expect(espreeFindings(STORE(RELEASE_IN_FINALLY()))).toEqual([]);
  });
});
