// A TypeORM runner lent to a query builder before any other use: the builder's awaited query connects it
// (builder-lent-runner.ts). dailydotdev/daily-api's GraphORM read replica before PR #2353: the runner made under
// `if (readReplica)` into a `let` declared null, set on the builder under `if (slaveRunner)`, released under the same
// test after getRawMany() with no finally. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** The read-replica resolver: the runner made on line 4, lent on line 8; `rest` runs the query from line 10. */
const readReplica = (rest: string, lend = "  if (slaveRunner) {\n    builder.queryBuilder.setQueryRunner(slaveRunner);\n  }\n") =>
  `async function resolveTree(con, rootType, readReplica) {
  let slaveRunner = null;
  if (readReplica) {
    slaveRunner = con.createQueryRunner("slave");
  }
  let builder = { queryBuilder: con.createQueryBuilder().select("*").from(rootType, rootType) };
${lend}${rest}}`;

const RELEASE_AFTER = "  const rows = await builder.queryBuilder.getRawMany();\n  if (slaveRunner) {\n    await slaveRunner.release();\n  }\n  return rows;\n";
const RELEASE_IN_FINALLY =
  "  try {\n    return await builder.queryBuilder.getRawMany();\n  } finally {\n    if (slaveRunner) {\n      await slaveRunner.release();\n    }\n  }\n";

/** A runner declared with its creation, lent to `qb`; `rest` runs from line 5. */
const fromMaster = (rest: string) =>
  `async function fromMaster(con) {
  const master = con.createQueryRunner("master");
  const qb = con.createQueryBuilder().select("*").from("post", "post");
  qb.setQueryRunner(master);
${rest}}`;

const notReleased = (created: string, line: number, runner: string) => ({
  messageId: "queryRunnerNotReleased" as const,
  data: { created, what: `it is not released if the call on line ${line} throws`, fix: `Call \`${runner}.release()\` in a \`finally\` block` },
});

ruleTester.run("no-leaked-client: a TypeORM runner lent to a query builder", rule, {
  valid: [
    {
      name: "the read replica released in the finally around getRawMany() (daily-api after PR #2353)",
      code: readReplica(RELEASE_IN_FINALLY),
    },
    {
      name: "the builder is replaced after the lending: the query does not run on the runner, which never connects",
      code: readReplica("  builder = { queryBuilder: con.createQueryBuilder() };\n" + RELEASE_AFTER),
    },
    {
      name: "the runner released in a finally around the builder's query",
      code: fromMaster("  try {\n    return await qb.getMany();\n  } finally {\n    await master.release();\n  }\n"),
    },
    {
      name: "another builder runs the query: the lent runner never connects",
      code: fromMaster('  const other = con.createQueryBuilder().select("*").from("post", "post");\n  return await other.getMany();\n'),
    },
  ],
  invalid: [
    {
      name: "getRawMany() throws past the release under `if (slaveRunner)` (daily-api before PR #2353)",
      code: readReplica(RELEASE_AFTER),
      errors: [{ ...notReleased('con.createQueryRunner("slave")', 10, "slaveRunner"), line: 4, column: 19, suggestions: [] }],
    },
    {
      name: "lent without a guard, the release after the query",
      code: fromMaster("  const rows = await qb.getMany();\n  await master.release();\n  return rows;\n"),
      errors: [{ ...notReleased('con.createQueryRunner("master")', 5, "master"), line: 2, column: 18, suggestions: [] }],
    },
    {
      name: "lent and never released: `setQueryRunner` is the evidence that it is a runner",
      code: fromMaster("  return await qb.getMany();\n"),
      errors: [
        {
          messageId: "queryRunnerNotReleased",
          data: { created: 'con.createQueryRunner("master")', what: "it is never released", fix: "Call `master.release()` in a `finally` block" },
          line: 2,
          column: 18,
          suggestions: [],
        },
      ],
    },
  ],
});
