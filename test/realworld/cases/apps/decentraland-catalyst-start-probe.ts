// Source: decentraland/catalyst — src/adapters/database/component.ts (the component's start), reduced by hand, not copied
// Label: safe
// Why: a start-up probe: the client is released on the next line, and a failed checkout is logged and rethrown
import type { Pool } from "pg";

export function createLifecycle(pool: Pool, logger: { error(m: string): void }) {
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
  };
}
