// Source: spaceteams/mira — clients/postgresql-client/src/transactor.ts at 275c7eb (withTestClient), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the transaction-per-test helper the regression specs run in checks a client out and runs BEGIN and the test inside the try, but the finally awaits ROLLBACK before `client.release()`: a ROLLBACK that rejects (a broken connection, a test that closed it) skips the release, and the spec run keeps a client checked out
import { pool } from "./pool";

export class TestClient {
  constructor(private readonly client: { query(sql: string): Promise<unknown> }) {}

  async runSql(sql: string) {
    await this.client.query(sql);
  }
}

export async function withTestClient(run: (client: TestClient) => Promise<void> | void) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await run(new TestClient(client));
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}
