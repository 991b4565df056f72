// Source: romeerez/orchid-orm — packages/pqb/src/adapters/node-postgres.ts (adapter.begin), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the callback, ROLLBACK and COMMIT all run inside the try whose finally releases; the inner catch only rolls back and rethrows
import pg from "pg";
import type { Pool, PoolClient } from "pg";

const run = (client: PoolClient, sql: string) => client.query(sql);

export const nodePostgres = {
  createPool(url: string): Pool {
    return new pg.Pool({ connectionString: url });
  },

  async begin<R>(pool: Pool, cb: (client: PoolClient) => Promise<R>, options?: string): Promise<R> {
    const client = await pool.connect();
    try {
      await run(client, options ? "BEGIN " + options : "BEGIN");
      let result: R;
      try {
        result = await cb(client);
      } catch (err) {
        await run(client, "ROLLBACK");
        throw err;
      }
      await run(client, "COMMIT");
      return result;
    } finally {
      client.release();
    }
  },
};
