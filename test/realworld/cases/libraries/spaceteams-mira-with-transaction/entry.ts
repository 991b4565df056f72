// Source: spaceteams/mira — clients/postgresql-client/src/transactor.ts at 275c7eb (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the transaction helper beside the test one checks a client out, commits or rolls back inside the try/catch, and releases in the finally, which no awaited query precedes
import { pool } from "./pool";

export class WrappedClient {
  constructor(private readonly client: { query(sql: string): Promise<unknown> }) {}

  async runSql(sql: string) {
    await this.client.query(sql);
  }
}

export async function withTransaction(run: (client: WrappedClient) => Promise<void> | void) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await run(new WrappedClient(client));
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
