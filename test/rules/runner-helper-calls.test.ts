// A TypeORM runner made by the class's own helper when the caller gave none (src/analysis/lifetime/
// runner-helper-calls.ts): `queryRunner ?? this.getQueryRunner()`, with `getQueryRunner(qr?) { if (qr) return qr;
// return this.dataSource.createQueryRunner(); }`, is followed as `queryRunner ?? this.dataSource.createQueryRunner()`
// is (fallback-runner.test.ts); its first connecting await may be a `Promise.all` of a `map` whose callback uses the
// runner (query-runner.ts's mappedCallbackAwait). Reduced from TypeORM's DbQueryResultCache.remove at 03b29442
// (test/realworld/cases/libraries/typeorm-typeorm-db-query-result-cache-remove.ts). Given the caller's runner and
// assigned back to that parameter as its first use (`queryRunner = this.getQueryRunner(queryRunner)`, synchronize at
// 03b29442), the runner made for a caller that gave none is followed too. Each leak sits next to its safe twin.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

const notReleased = (created: string, what: string, line: number, column: number, runner = "_queryRunner") => ({
  messageId: "queryRunnerNotReleased" as const,
  data: { created, what, fix: `Call \`${runner}.release()\` in a \`finally\` block` },
  line,
  column,
  suggestions: [],
});

const HELPER = `  getQueryRunner(queryRunner) {
    if (queryRunner) return queryRunner;
    return this.dataSource.createQueryRunner();
  }`;

/** DbQueryResultCache.remove's shape: `helper` the runner helper, `body` what runs on the runner. */
const CACHE = (body: string, helper = HELPER, call = "this.getQueryRunner()") => `class DbQueryResultCache {
  async remove(identifiers, queryRunner) {
    const _queryRunner = queryRunner ?? ${call};
${body}  }

${helper}
}`;

const DELETES = `    await Promise.all(
      identifiers.map((identifier) => {
        const qb = _queryRunner.manager.createQueryBuilder();
        return qb.delete().from("query-result-cache").where("identifier = :identifier", { identifier }).execute();
      }),
    );
`;
const RELEASE_AFTER = `${DELETES}    if (!queryRunner) {
      await _queryRunner.release();
    }
`;
const RELEASE_IN_FINALLY = `    try {
${DELETES.replace(/^/gm, "  ")}    } finally {
      if (!queryRunner) await _queryRunner.release();
    }
`;
const ONE_QUERY_AFTER = `    await _queryRunner.query("DELETE FROM cache");
    if (!queryRunner) await _queryRunner.release();
`;

ruleTester.run("TypeORM runners made by the class's helper when the caller gave none (no-leaked-client)", rule, {
  valid: [
    {
      name: "remove after the fix: the guarded release in a finally",
      code: CACHE(RELEASE_IN_FINALLY),
    },
    {
      name: "the helper given the caller's runner may return it: not followed",
      code: CACHE(ONE_QUERY_AFTER, HELPER, "this.getQueryRunner(queryRunner)"),
    },
    {
      name: "a helper that also returns something else when given nothing is not a runner's creation",
      code: CACHE(
        ONE_QUERY_AFTER,
        `  getQueryRunner(queryRunner) {
    if (queryRunner) return queryRunner;
    if (this.shared) return this.shared;
    return this.dataSource.createQueryRunner();
  }`,
      ),
    },
    {
      name: "a map callback that uses the runner only in a branch: not a connecting await",
      code: CACHE(`    await Promise.all(
      identifiers.map((identifier) => {
        if (identifier) return _queryRunner.query("DELETE FROM cache WHERE id = $1", [identifier]);
        return null;
      }),
    );
    if (!queryRunner) await _queryRunner.release();
`),
    },
  ],
  invalid: [
    {
      name: "remove at 03b29442: one failing DELETE rejects past the guarded release",
      code: CACHE(RELEASE_AFTER),
      errors: [notReleased("this.getQueryRunner()", "it is not released if the call on line 4 throws", 3, 41)],
    },
    {
      name: "a helper with no parameter, an arrow field returning the runner, connected by an awaited query",
      code: CACHE(ONE_QUERY_AFTER, `  getQueryRunner = () => this.dataSource.createQueryRunner();`),
      errors: [notReleased("this.getQueryRunner()", "it is not released if the call on line 4 throws", 3, 41)],
    },
    {
      name: "the same `Promise.all` of a map with a declared runner, never released",
      code: `async function clear(dataSource, identifiers) {
  const _queryRunner = dataSource.createQueryRunner();
  await Promise.all(identifiers.map((identifier) => _queryRunner.manager.delete("cache", { identifier })));
  return identifiers.length;
}`,
      errors: [notReleased("dataSource.createQueryRunner()", "it is never released", 2, 24)],
    },
  ],
});

/**
 * DbQueryResultCache.synchronize's shape (typeorm-typeorm-db-query-result-cache-synchronize.ts): the helper given the
 * caller's runner and assigned back to the parameter, `parameter` its declaration, `before` what runs before, `body`
 * what runs on the runner. A caller that gives none gets a runner made here, which the function treats as it treats
 * the caller's.
 */
const SYNCHRONIZE = (body: string, parameter = "queryRunner", before = "") => `class DbQueryResultCache {
  async synchronize(${parameter}) {
${before}    queryRunner = this.getQueryRunner(queryRunner);
${body}  }

${HELPER}
}`;
const CHECK_AND_CREATE = `    const exists = await queryRunner.hasTable("query-result-cache");
    if (exists) return;
    await queryRunner.createTable({ name: "query-result-cache" });
`;
const CHECKED_IN_FINALLY = (release: string) => `    try {
      const exists = await queryRunner.hasTable("query-result-cache");
      if (!exists) await queryRunner.createTable({ name: "query-result-cache" });
    } finally {
      ${release}
    }
`;

ruleTester.run("TypeORM runners from the class's helper given back to the parameter it was given (no-leaked-client)", rule, {
  valid: [
    { name: "released in a finally: the made runner is released too", code: SYNCHRONIZE(CHECKED_IN_FINALLY("await queryRunner.release();")) },
    {
      name: "a required typed parameter is always given: the helper returns the caller's runner",
      code: SYNCHRONIZE(CHECK_AND_CREATE, "queryRunner: QueryRunner"),
    },
    {
      name: "the parameter tested before the call: the release under that flag is the made runner's alone",
      code: SYNCHRONIZE(CHECKED_IN_FINALLY("if (made) await queryRunner.release();"), "queryRunner", "    const made = !queryRunner;\n"),
    },
    {
      name: "given back to another variable than the parameter it was given: not this shape",
      code: SYNCHRONIZE(CHECK_AND_CREATE.replaceAll("queryRunner", "runner"), "queryRunner", "    let runner;\n").replace(
        "    queryRunner = this.getQueryRunner(queryRunner);",
        "    runner = this.getQueryRunner(queryRunner);",
      ),
    },
  ],
  invalid: [
    {
      name: "synchronize at 03b29442: the runner made when the caller gave none is never released",
      code: SYNCHRONIZE(CHECK_AND_CREATE),
      errors: [notReleased("this.getQueryRunner(queryRunner)", "it is not released when the `return` on line 5 leaves the function", 3, 19, "queryRunner")],
    },
    {
      name: "an optional typed parameter (`queryRunner?: QueryRunner`) may be left out",
      code: SYNCHRONIZE(CHECK_AND_CREATE, "queryRunner?: QueryRunner"),
      errors: [notReleased("this.getQueryRunner(queryRunner)", "it is not released when the `return` on line 5 leaves the function", 3, 19, "queryRunner")],
    },
    {
      name: "released after its queries, outside a finally: a failing query skips the release",
      code: SYNCHRONIZE(`${CHECK_AND_CREATE}    await queryRunner.release();\n`.replace("    if (exists) return;\n", "")),
      errors: [notReleased("this.getQueryRunner(queryRunner)", "it is not released if the call on line 4 throws", 3, 19, "queryRunner")],
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

describe("the helper given back to the parameter under ESLint's default parser (espree)", () => {
  it("reports the runner made when the caller gave none", () => {
    expect(espreeFindings(SYNCHRONIZE(CHECK_AND_CREATE))).toEqual(["3:queryRunnerNotReleased"]);
  });
  it("stays silent when the parameter is tested before the call", () => {
    expect(espreeFindings(SYNCHRONIZE(CHECKED_IN_FINALLY("if (made) await queryRunner.release();"), "queryRunner", "    const made = !queryRunner;\n"))).toEqual([]);
  });
});
