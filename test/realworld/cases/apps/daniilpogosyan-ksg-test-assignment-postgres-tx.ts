// Source: daniilpogosyan/ksg-test-assignment — src/infrastructure/postgres/postgres.ts (Postgres.tx), reduced by hand, not copied
// Label: safe
// Why: the service's pool subclass checks out with `this.connect()`; BEGIN, the callback and COMMIT sit in an inner try whose catch rolls back and rethrows, inside an outer `try` whose `finally` releases
import { Client } from "pg";
import Pool from "pg-pool";

export class Postgres extends Pool<Client> {
  constructor(config: Pool.Config<Client>) {
    super(config);
  }

  async tx<T>(cb: (client: Client) => T) {
    const client = await this.connect();

    try {
      try {
        await client.query("BEGIN");
        const result = await cb(client);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    } finally {
      client.release();
    }
  }
}
