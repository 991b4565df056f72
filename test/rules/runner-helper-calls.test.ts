// A TypeORM runner made by the class's own helper when the caller gave none (src/analysis/lifetime/
// runner-helper-calls.ts): `queryRunner ?? this.getQueryRunner()`, with `getQueryRunner(qr?) { if (qr) return qr;
// return this.dataSource.createQueryRunner(); }`, is followed as `queryRunner ?? this.dataSource.createQueryRunner()`
// is (fallback-runner.test.ts); its first connecting await may be a `Promise.all` of a `map` whose callback uses the
// runner (query-runner.ts's mappedCallbackAwait). Reduced from TypeORM's DbQueryResultCache.remove at 03b29442
// (test/realworld/cases/libraries/typeorm-typeorm-db-query-result-cache-remove.ts). Each leak sits next to its safe twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const notReleased = (created: string, what: string, line: number, column: number) => ({
  messageId: "queryRunnerNotReleased" as const,
  data: { created, what, fix: "Call `_queryRunner.release()` in a `finally` block" },
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
