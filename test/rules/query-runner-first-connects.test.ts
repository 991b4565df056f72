// Where a TypeORM runner first connects (src/analysis/lifetime/query-runner.ts): `connect()`, after which it holds
// its connection; or work that connects first (`query()`, `clearDatabase()`, `manager.…`), which may fail once
// connected, so the runner is held when that await throws. The first connecting call may sit in each branch of an
// `if`, also inside a callback of an awaited call (TypeORM's Connection.dropDatabase before PR #3727, whose release
// was skipped when clearing failed), or an awaited call of the caller's callback (a parameter) lent the runner, as an
// argument or inside an object literal, when this function releases it afterwards (dailydotdev/daily-api's
// queryDataSource before PR #2353). Each leak sits next to its safe twin; no finding on a runner offers a rewrite.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** TypeORM 0.2's dropDatabase, reduced: the runner (line 2) first connects in one of two branches, released after. */
const DROP_DATABASE = `async function dropDatabase(connection, databases, each) {
  const queryRunner = await connection.createQueryRunner("master");
  if (databases.length > 0) {
    await each(databases, (database) => queryRunner.clearDatabase(database));
  } else {
    await queryRunner.clearDatabase();
  }
  await queryRunner.release();
}`;

const notReleasedOnThrow = (created: string, runner: string, line: number, at: number) => ({
  messageId: "queryRunnerNotReleased" as const,
  data: { created, what: `it is not released if the call on line ${line} throws`, fix: `Call \`${runner}.release()\` in a \`finally\` block` },
  line: at,
  column: created.startsWith("connection") ? 29 : 14,
  suggestions: [],
});

/** daily-api's queryDataSource, reduced: the runner (line 2) handed to the caller's callback inside an object. */
const queryDataSource = (body: string) => `const queryDataSource = async (con, callback, mode) => {
  const queryRunner = con.createQueryRunner(mode || "master");
${body}
};`;

const callbackMayThrow = (line: number) => ({
  messageId: "queryRunnerNotReleased" as const,
  data: {
    created: 'con.createQueryRunner(mode || "master")',
    what: `it is not released if the call on line ${line} throws`,
    fix: "Call `queryRunner.release()` in a `finally` block",
  },
  line: 2,
  column: 23,
  suggestions: [],
});

ruleTester.run("TypeORM query runners: where they first connect (no-leaked-client)", rule, {
  valid: [
    {
      name: "connect() that fails holds nothing: released right after it",
      code: `async function ping(dataSource) {\n  const qr = dataSource.createQueryRunner();\n  await qr.connect();\n  await qr.release();\n}`,
    },
    {
      name: "dropDatabase after PR #3727: both branches inside the try whose finally releases",
      code: `async function dropDatabase(connection, databases, each) {
  const queryRunner = await connection.createQueryRunner("master");
  try {
    if (databases.length > 0) {
      await each(databases, (database) => queryRunner.clearDatabase(database));
    } else {
      await queryRunner.clearDatabase();
    }
  } finally {
    await queryRunner.release();
  }
}`,
    },
    {
      name: "a branch that never uses the runner: where it connects is not known, nothing is said",
      code: `async function dropDatabase(connection, databases) {
  const queryRunner = await connection.createQueryRunner("master");
  if (databases.length > 0) {
    await queryRunner.clearDatabase();
  } else {
    console.log("nothing to drop");
  }
  await queryRunner.release();
}`,
    },
    {
      name: "queryDataSource after PR #2353: the callback given the runner runs inside the try whose finally releases",
      code: queryDataSource(
        "  let result;\n  try {\n    result = await callback({ queryRunner });\n  } finally {\n    await queryRunner.release();\n  }\n  return result;",
      ),
    },
    {
      name: "a function of another module lent the runner in an object: it may release it, nothing is said",
      code: `import { work } from "./work";
async function run(con) {
  const queryRunner = con.createQueryRunner();
  const result = await work({ queryRunner });
  await queryRunner.release();
  return result;
}`,
    },
    {
      name: "a runner handed to the callback and never released here: the callback may own it, nothing is said",
      code: queryDataSource("  return await callback({ queryRunner });"),
    },
  ],
  invalid: [
    {
      name: "queryDataSource before PR #2353: the caller's callback lent the runner in an object fails and the release after it is skipped",
      code: queryDataSource("  const result = await callback({ queryRunner });\n  await queryRunner.release();\n  return result;"),
      errors: [callbackMayThrow(3)],
    },
    {
      name: "the same with the runner given as the callback's argument, in an arrow function",
      code: queryDataSource("  const result = await callback(queryRunner);\n  await queryRunner.release();\n  return result;"),
      errors: [callbackMayThrow(3)],
    },
    {
      name: "a first query that fails once connected skips the release",
      code: `async function ping(dataSource) {\n  const qr = dataSource.createQueryRunner();\n  await qr.query("SELECT 1");\n  await qr.release();\n}`,
      errors: [notReleasedOnThrow("dataSource.createQueryRunner()", "qr", 3, 2)],
    },
    {
      name: "dropDatabase before PR #3727: clearing fails in either branch and the release is skipped",
      code: DROP_DATABASE,
      errors: [notReleasedOnThrow('connection.createQueryRunner("master")', "queryRunner", 4, 2)],
    },
  ],
});

/** Jack-Gitter/TransactionInterceptor's intercept before 3a6af33, reduced: `connect()` (line 3) started without await. */
const droppedConnect = (body: string) => `async function intercept(dataSource, next) {
  const qr = dataSource.createQueryRunner();
  qr.connect();
${body}
}`;

ruleTester.run("TypeORM query runners: a connect() nobody awaits, the next call connecting (no-leaked-client)", rule, {
  valid: [
    {
      name: "startTransaction inside the try whose finally releases",
      code: droppedConnect('  try {\n    await qr.startTransaction();\n    await qr.commitTransaction();\n  } finally {\n    await qr.release();\n  }\n  return next();'),
    },
    {
      name: "the connect's own promise chained: the work and the release in its callback, not followed",
      code: `async function intercept(dataSource, next) {
  const qr = dataSource.createQueryRunner();
  qr.connect().then(async () => {
    await qr.startTransaction();
    await qr.release();
  });
  return next();
}`,
    },
  ],
  invalid: [
    {
      name: "TransactionInterceptor before 3a6af33: startTransaction (line 4) fails once connected, nothing releases",
      code: droppedConnect('  await qr.startTransaction();\n  await qr.commitTransaction();\n  return next();'),
      errors: [
        {
          messageId: "queryRunnerNotReleased",
          data: { created: "dataSource.createQueryRunner()", what: "it is never released", fix: "Call `qr.release()` in a `finally` block" },
          line: 2,
          column: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: "startTransaction (line 4) before the try whose finally releases",
      code: droppedConnect('  await qr.startTransaction();\n  try {\n    await qr.commitTransaction();\n  } finally {\n    await qr.release();\n  }\n  return next();'),
      errors: [
        {
          messageId: "queryRunnerNotReleased",
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
      name: "an awaited connect() in each branch is still read branch by branch (the dropped connect is a statement of the runner's own block)",
      code: `async function warm(dataSource, replica) {
  const qr = dataSource.createQueryRunner();
  if (replica) {
    await qr.connect();
    await qr.query("SET default_transaction_read_only = on");
  } else {
    await qr.connect();
  }
  await qr.release();
}`,
      errors: [notReleasedOnThrow("dataSource.createQueryRunner()", "qr", 5, 2)],
    },
  ],
});
