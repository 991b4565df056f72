// A TypeORM runner made right inside `builder.setQueryRunner(…)`: the query builder connects it and, having not made
// it, never releases it (TypeORM's own replication docs leaked this way until 37e4079bc kept the runner in a variable
// and released it in a `finally`). Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const FIX = "Keep the runner in a variable and call its `release()` in a `finally` block";

ruleTester.run("no-leaked-client: a runner only a query builder holds", rule, {
  valid: [
    {
      name: "the runner kept in a variable and released in a finally",
      code: `async function fromMaster(connection) {
  const master = connection.createQueryRunner("master");
  try {
    return await connection.createQueryBuilder(Post, "post").setQueryRunner(master).getMany();
  } finally {
    await master.release();
  }
}`,
    },
    {
      name: "a runner given to another call than setQueryRunner may be released by it: silent",
      code: `async function fromMaster(connection) {
  return withRunner(connection.createQueryRunner("master"), (qr) => qr.query("SELECT 1"));
}`,
    },
  ],
  invalid: [
    {
      name: "the runner made inside setQueryRunner(…) is never released",
      code: `async function fromMaster(connection) {
  return connection.createQueryBuilder(Post, "post").setQueryRunner(connection.createQueryRunner("master")).getMany();
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased",
          data: { created: 'connection.createQueryRunner("master")', what: "it is never released", fix: FIX },
          line: 2,
          column: 69,
          suggestions: [],
        },
      ],
    },
    {
      name: "the same with the runner made without a mode, on a data source",
      code: `const posts = await dataSource.createQueryBuilder(Post, "post").setQueryRunner(dataSource.createQueryRunner()).getMany();`,
      errors: [
        {
          messageId: "queryRunnerNotReleased",
          data: { created: "dataSource.createQueryRunner()", what: "it is never released", fix: FIX },
          line: 1,
          column: 80,
          suggestions: [],
        },
      ],
    },
  ],
});
