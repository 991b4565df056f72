// Source: raybird/node-pg-trigger — src/server/lib/db.ts (db.withUser), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN and the RLS `SET LOCAL` inside the try, the client leaves in a returned object whose `release` gives it back; a failed BEGIN or SET is released in the catch
import { Pool, QueryResultRow } from "pg";

const pool = new Pool({ host: process.env.POSTGRES_HOST, database: process.env.POSTGRES_DB });

export const db = {
  withUser: async (userId: string) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`SET LOCAL "request.user_id" = $1`, [userId]);
      return {
        query: <T extends QueryResultRow>(text: string, params?: unknown[]) => client.query<T>(text, params),
        commit: () => client.query("COMMIT"),
        rollback: () => client.query("ROLLBACK"),
        release: () => client.release(),
      };
    } catch (err) {
      client.release();
      throw err;
    }
  },
};
