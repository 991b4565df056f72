// A checkout cached on an instance field and given back only by another method of the same class, or by the
// field's own release after an awaited query (medplum's Repository before its fix, ales-albert-kilbergr/pg-datasource's
// TransactionRunner): a rejected query between what holds the client and the release leaves it checked out on the
// field. Reported at the query, with no rewrite. A `try` around the work, a release in a `finally`, a getter that may
// return something else, or a field kept for the object's whole life stay silent.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A repository whose getConnection() caches the checkout and releaseConnection() gives it back; `rollback` is the method under test. */
const REPOSITORY = (getter: string, rollback: string) =>
  `import type { Pool, PoolClient } from "pg";
export class Repository {
  private conn?: PoolClient;
  constructor(private readonly pool: Pool) {}
  private async getConnection(): Promise<PoolClient> {
${getter}  }
  private releaseConnection(err?: Error): void {
    if (this.conn) {
      this.conn.release(err);
      this.conn = undefined;
    }
  }
  async rollbackTransaction(error: Error): Promise<void> {
${rollback}  }
}
`;
const CACHING_GETTER = `    if (!this.conn) {\n      this.conn = await this.pool.connect();\n    }\n    return this.conn;\n`;
/** A transaction runner keeping its client on `this.client` from start(); `finish` is the method under test. */
const RUNNER = (finish: string) =>
  `import type { Pool, PoolClient } from "pg";
export class TransactionRunner {
  client?: PoolClient;
  constructor(private readonly pool: Pool) {}
  async start() {
    this.client = await this.pool.connect();
    await this.client.query("BEGIN");
  }
  async commit() {
    if (!this.client) throw new Error("not started");
${finish}  }
}
`;

ruleTester.run("no-leaked-client: a checkout cached on a field and released by another method", rule, {
  valid: [
    {
      name: "the release in a finally, after the ROLLBACK",
      code: REPOSITORY(
        CACHING_GETTER,
        `    const conn = await this.getConnection();\n    try {\n      await conn.query("ROLLBACK");\n    } finally {\n      this.releaseConnection(error);\n    }\n`,
      ),
    },
    {
      name: "a getter that may return another client is not understood: silent",
      code: REPOSITORY(
        `    if (!this.conn) {\n      this.conn = await this.pool.connect();\n    }\n    return this.conn ?? fallbackClient;\n`,
        `    const conn = await this.getConnection();\n    await conn.query("ROLLBACK");\n    this.releaseConnection(error);\n`,
      ),
    },
    {
      name: "the query and the release in different branches: the rejection skips no release of its own path",
      code: REPOSITORY(
        CACHING_GETTER,
        `    const conn = await this.getConnection();\n    if (error.message === "savepoint") {\n      await conn.query("ROLLBACK TO SAVEPOINT sp");\n    } else {\n      this.releaseConnection(error);\n    }\n`,
      ),
    },
    {
      name: "the field's own release in a finally",
      code: RUNNER(`    try {\n      await this.client.query("COMMIT");\n    } finally {\n      this.client.release();\n      this.client = undefined;\n    }\n`),
    },
    {
      name: "a LISTEN client kept for the object's whole life: no release after work",
      code: `import type { Pool, PoolClient } from "pg";\nexport class Listener {\n  private client?: PoolClient;\n  constructor(private readonly pool: Pool) {}\n  async start() {\n    this.client = await this.pool.connect();\n    await this.client.query("LISTEN jobs");\n  }\n  stop() {\n    this.client?.release();\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "ROLLBACK awaited on the getter's client before the releasing method (medplum)",
      code: REPOSITORY(CACHING_GETTER, `    const conn = await this.getConnection();\n    await conn.query("ROLLBACK");\n    this.releaseConnection(error);\n`),
      errors: [
        {
          messageId: "fieldReleaseSkipped",
          line: 19,
          column: 5,
          data: { field: "conn", releaser: "this.releaseConnection()", line: 19 },
          suggestions: [],
        },
      ],
    },
    {
      name: "the release in a branch after the query in the same branch",
      code: REPOSITORY(
        CACHING_GETTER,
        `    const conn = await this.getConnection();\n    if (error.message !== "savepoint") {\n      await conn.query("ROLLBACK");\n      this.releaseConnection(error);\n    }\n`,
      ),
      errors: [{ messageId: "fieldReleaseSkipped", line: 20, column: 7, suggestions: [] }],
    },
    {
      name: "COMMIT awaited on the field before the field's own release (ales-albert-kilbergr/pg-datasource)",
      code: RUNNER(`    await this.client.query("COMMIT");\n    this.client.release();\n    this.client = undefined;\n`),
      errors: [
        { messageId: "fieldReleaseSkipped", line: 11, column: 5, data: { field: "client", releaser: "this.client.release()", line: 11 }, suggestions: [] },
      ],
    },
  ],
});
