// A TypeORM runner assigned (not declared) to a variable that holds nothing else: declared with no value or `null`,
// and only ever set back to `null` (query-runner.ts's assignedRunner). matter-labs/block-explorer's runMigrations:
// a retry loop makes the runner under `if (!queryRunner)`, the first throwable node of its `try`
// (guard-first-in-try.test.ts), and a finally unlocks before it releases.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const UNLOCK_THEN_RELEASE = `    await queryRunner.query("SELECT pg_advisory_unlock(1)");\n    await queryRunner.release();\n`;
const UNLOCK_IN_TRY = `    try {\n      await queryRunner.query("SELECT pg_advisory_unlock(1)");\n    } finally {\n      await queryRunner.release();\n    }\n`;

/** runMigrations' retry loop; `declare` is the variable's declaration, `finallyBody` the migrations' finally. */
function runMigrations(finallyBody: string, declare = "let queryRunner = null;"): string {
  return `async function runMigrations(connection, logger) {
  ${declare}
  while (true) {
    try {
      if (!queryRunner) {
        queryRunner = connection.createQueryRunner();
        await queryRunner.connect();
      }
    } catch (err) {
      logger.warn("Failed to connect to database, retrying...", err);
      if (queryRunner) {
        await queryRunner.release().catch(() => undefined);
        queryRunner = null;
      }
      continue;
    }
    try {
      const [{ acquired }] = await queryRunner.query("SELECT pg_try_advisory_lock(1) AS acquired");
      if (acquired) break;
    } catch (err) {
      await queryRunner.release().catch(() => undefined);
      queryRunner = null;
    }
  }
  try {
    await connection.runMigrations();
  } finally {
${finallyBody}  }
}`;
}

/** A runner assigned once, outside any loop; `use` is what runs between the connect and the end. */
function assignedOnce(use: string, declare = "let qr;"): string {
  return `async function place(dataSource, order) {
  ${declare}
  qr = dataSource.createQueryRunner();
  await qr.connect();
${use}}`;
}

const SAVE_THEN_RELEASE = `  await qr.manager.save(order);\n  await qr.release();\n`;
const SAVE_IN_TRY = `  try {\n    await qr.manager.save(order);\n  } finally {\n    await qr.release();\n  }\n`;

const released = (line: number) => `it is not released if the call on line ${line} throws`;
const inFinally = (runner: string) => `Call \`${runner}.release()\` in a \`finally\` block`;

/** The retry loop's report: the unlock on line 28 throws past the release. */
const UNLOCK_THROWS = [
  {
    messageId: "queryRunnerNotReleased" as const,
    data: { created: "connection.createQueryRunner()", what: released(28), fix: inFinally("queryRunner") },
    line: 6,
    column: 23,
    suggestions: [],
  },
];

ruleTester.run("no-leaked-client: a TypeORM runner assigned to a variable that holds nothing else", rule, {
  valid: [
    {
      name: "the retry loop's runner released in a finally nested around the unlock",
      code: runMigrations(UNLOCK_IN_TRY),
    },
    {
      name: "assigned once to a variable declared without a value, released in a finally",
      code: assignedOnce(SAVE_IN_TRY),
    },
    {
      name: "the variable is also given the caller's runner: what it holds is not known, so it is not followed",
      code: assignedOnce(SAVE_THEN_RELEASE, "let qr = order.queryRunner;"),
    },
  ],
  invalid: [
    {
      name: "the unlock's failure skips the release (matter-labs/block-explorer's runMigrations)",
      code: runMigrations(UNLOCK_THEN_RELEASE),
      errors: UNLOCK_THROWS,
    },
    {
      name: "the same loop with the variable declared without a value",
      code: runMigrations(UNLOCK_THEN_RELEASE, "let queryRunner;"),
      errors: UNLOCK_THROWS,
    },
    {
      name: "assigned once, the save's failure skips the release",
      code: assignedOnce(SAVE_THEN_RELEASE),
      errors: [
        {
          messageId: "queryRunnerNotReleased",
          data: { created: "dataSource.createQueryRunner()", what: released(5), fix: inFinally("qr") },
          line: 3,
          column: 8,
          suggestions: [],
        },
      ],
    },
  ],
});
