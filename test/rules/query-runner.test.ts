// TypeORM's QueryRunner holds a pg client of TypeORM's pool from its first connecting await to `release()`
// (src/analysis/lifetime/query-runner.ts): a throw before an unguarded release leaks it, as after `pool.connect()`.
// Each leak sits next to its safe twin; no finding on a runner offers the `withClient` rewrite.
import rule from "../../rules/no-leaked-client.js";
import useAfterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const inFinally = (runner: string): string =>
  `Call \`${runner}.release()\` in a \`finally\` block`;

ruleTester.run("TypeORM query runners (no-leaked-client)", rule, {
  valid: [
    {
      name: "released on the success path only, but its data source is destroyed in the finally (destroy releases every connected runner)",
      code: `async function createSchema(open, table) {
  const dataSource = await open();
  try {
    const qr = dataSource.createQueryRunner();
    await qr.manager.query("CREATE TABLE IF NOT EXISTS " + table + " (key TEXT)");
    await qr.manager.query("CREATE INDEX IF NOT EXISTS key_index ON " + table + " (key)");
    await qr.release();
  } catch (err) {
    if (err.code === "23505") return;
    throw err;
  } finally {
    await dataSource.destroy();
  }
}`,
    },
    {
      name: "released in finally, connected before the try",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.manager.save(order);
    await qr.commitTransaction();
  } catch (err) {
    await qr.rollbackTransaction();
    throw err;
  } finally {
    await qr.release();
  }
}`,
    },
    {
      name: "connected inside the try whose finally releases",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner("master");
  try {
    await qr.connect();
    await qr.manager.save(order);
  } finally {
    await qr.release();
  }
}`,
    },
    {
      name: "the runner is returned to the caller, connected and nothing else",
      code: `async function openRunner(dataSource) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  return qr;
}
async function use(dataSource) {
  const qr = await openRunner(dataSource);
  try {
    await qr.startTransaction();
  } finally {
    await qr.release();
  }
}`,
    },
    {
      name: "the runner is stored on the unit of work, which releases it elsewhere",
      code: `class UnitOfWork {
  async begin() {
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    this.queryRunner = qr;
    await this.queryRunner.startTransaction();
  }
}`,
    },
    {
      name: "dataSource.transaction(…) manages its own runner",
      code: `async function place(dataSource, order) {
  await dataSource.transaction(async (manager) => {
    await manager.save(order);
  });
}`,
    },
    {
      name: "a runner that checks isReleased itself is not followed",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  await qr.manager.save(order);
  if (!qr.isReleased) await qr.release();
}`,
    },
    {
      name: "a createQueryRunner of something else: nothing of TypeORM's runner protocol is used",
      code: `async function f(factory) {
  const runner = factory.createQueryRunner();
  await runner.run("job");
}`,
    },
    {
      name: "a runner given to a helper first is not followed",
      code: `async function f(dataSource) {
  const qr = dataSource.createQueryRunner();
  await migrate(qr);
  await qr.release();
}`,
    },
    {
      name: "a first query that runs only sometimes (`??=`) is not followed",
      code: `async function init(driver) {
  const qr = driver.createQueryRunner("master");
  driver.version ??= await qr.getVersion();
  driver.schema ??= await qr.getCurrentSchema();
  await qr.release();
}`,
    },
    {
      name: "a runner never connected holds nothing",
      code: `function f(dataSource) {
  const qr = dataSource.createQueryRunner();
  qr.release();
}`,
    },
  ],
  invalid: [
    {
      name: "the finally destroys another data source, not the runner's",
      code: `async function createSchema(open, logs) {
  const dataSource = await open();
  try {
    const qr = dataSource.createQueryRunner();
    await qr.manager.query("CREATE TABLE IF NOT EXISTS t (key TEXT)");
    await qr.manager.query("CREATE INDEX IF NOT EXISTS key_index ON t (key)");
    await qr.release();
  } finally {
    await logs.destroy();
  }
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "dataSource.createQueryRunner()", what: "it is not released if the call on line 5 throws", fix: inFinally("qr") },
          line: 4,
          column: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: "the data source is destroyed after the try, not in its finally",
      code: `async function createSchema(open) {
  const dataSource = await open();
  try {
    const qr = dataSource.createQueryRunner();
    await qr.manager.query("CREATE TABLE IF NOT EXISTS t (key TEXT)");
    await qr.manager.query("CREATE INDEX IF NOT EXISTS key_index ON t (key)");
    await qr.release();
  } catch (err) {
    console.error(err);
  }
  await dataSource.destroy();
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "dataSource.createQueryRunner()", what: "it is not released if the call on line 5 throws", fix: inFinally("qr") },
          line: 4,
          column: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: "returned to the caller after startTransaction(), which may throw first",
      code: `async function begin(dataSource) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  await qr.startTransaction();
  return qr;
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: {
            created: "dataSource.createQueryRunner()",
            what: "it is lost if the call on line 4 throws: it is not yet handed over (returned or stored) then",
            fix: "Call `qr.release()` in a `catch` that rethrows, or hand the runner over first",
          },
          line: 2,
          column: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: "the first query's result assigned: followed from that query on, which may fail once connected",
      code: `async function count(dataSource) {
  let rows;
  const qr = dataSource.createQueryRunner();
  rows = await qr.query("SELECT 1");
  await audit(rows);
  await qr.release();
  return rows;
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "dataSource.createQueryRunner()", what: "it is not released if the call on line 4 throws", fix: inFinally("qr") },
          line: 3,
          column: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: "released only on the success path",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  await qr.startTransaction();
  await qr.manager.save(order);
  await qr.commitTransaction();
  await qr.release();
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "dataSource.createQueryRunner()", what: "it is not released if the call on line 4 throws", fix: inFinally("qr") },
          line: 2,
          column: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: "TypeORM's documented shape: startTransaction() before the try whose finally releases",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  await qr.startTransaction();
  try {
    await qr.manager.save(order);
    await qr.commitTransaction();
  } catch (err) {
    await qr.rollbackTransaction();
  } finally {
    await qr.release();
  }
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: {
            created: "dataSource.createQueryRunner()",
            what: "it is not released if the call on line 4 throws: that call runs before the `try` on line 5 whose `finally` releases the runner",
            fix: "Move that call inside the `try`",
          },
          line: 2,
          column: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: "released in the catch only: the success path keeps the connection",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner();
  try {
    await qr.connect();
    await qr.manager.save(order);
  } catch (err) {
    await qr.release();
    throw err;
  }
  return order;
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "dataSource.createQueryRunner()", what: "it is not released when the `return` on line 10 leaves the function", fix: inFinally("qr") },
          line: 2,
          column: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: "never released: startTransaction() connects it lazily",
      code: `async function place(db, order) {
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  await runner.manager.save(order);
  await runner.commitTransaction();
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "db.createQueryRunner()", what: "it is never released", fix: inFinally("runner") },
          line: 2,
          column: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: "an early return between the connect and the try",
      code: `async function place(dataSource, order) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  if (!order) return null;
  try {
    await qr.manager.save(order);
  } finally {
    await qr.release();
  }
}`,
      errors: [
        {
          messageId: "queryRunnerNotReleased" as const,
          data: { created: "dataSource.createQueryRunner()", what: "it is not released when the `return` on line 4 leaves the function", fix: inFinally("qr") },
          line: 2,
          column: 14,
          suggestions: [],
        },
      ],
    },
  ],
});

ruleTester.run("TypeORM query runners (no-use-after-release)", useAfterRelease, {
  valid: [
    {
      // typeorm/typeorm's entity-subscriber transaction-flow test: each turn of the loop makes its own runner, and the
      // runner is held only from its first connecting call on, so the last turn's release is of another runner.
      name: "a runner declared in a loop body is a new runner each time round",
      code: `async function f(dataSources) {
  for (const dataSource of dataSources) {
    const qr = dataSource.createQueryRunner();
    try {
      await qr.startTransaction();
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
  }
}`,
    },
    {
      name: "a second release() of a runner returns at once: TypeORM checks isReleased",
      code: `async function f(dataSource) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  try {
    await qr.query("SELECT 1");
    await qr.release();
  } finally {
    await qr.release();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a query after the release throws QueryRunnerAlreadyReleasedError",
      code: `async function f(dataSource) {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  try {
    await qr.query("SELECT 1");
  } finally {
    await qr.release();
  }
  await qr.query("SELECT 2");
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "qr", line: 7 }, line: 9, column: 9 }],
    },
    {
      name: "a runner declared in a loop body, used after its own release in the same turn",
      code: `async function f(dataSources) {
  for (const dataSource of dataSources) {
    const qr = dataSource.createQueryRunner();
    try {
      await qr.startTransaction();
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
    await qr.query("SELECT 1");
  }
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "qr", line: 8 }, line: 10, column: 11 }],
    },
  ],
});
