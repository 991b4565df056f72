// Source: decentraland/ownership-server — src/adapters/postgres.ts (createPgComponent, start), reduced by hand, not copied
// Label: safe
// Why: the start-up check releases the client on the statement after the checkout; a failed connect is logged and rethrown
import { Pool } from "pg";

export function createPgComponent(config: { connectionString: string }, logger: { error(message: string): void }) {
  const pool = new Pool(config);
  return {
    async start() {
      try {
        const db = await pool.connect();
        db.release();
      } catch (error) {
        logger.error("An error occurred trying to open the database. Did you run the migrations?");
        throw error;
      }
    },
    async stop() {
      await pool.end();
    },
  };
}
