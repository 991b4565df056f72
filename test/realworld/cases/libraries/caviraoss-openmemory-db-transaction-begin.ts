// Source: CaviraOSS/OpenMemory — packages/openmemory-js/src/core/db.ts (the Postgres `transaction` object) and src/memory/hsg.ts (delete_memory), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: begin() parks the checkout in the module-level `cli` and then sends BEGIN; only commit()/rollback() release it, and every caller (add_hsg_memory, delete_memory, update_memory, ingest) awaits begin() before its try, so a BEGIN that fails leaves the client checked out in `cli` for good and every later begin() throws "transaction active"
import { Pool, PoolClient } from "pg";

const pg = new Pool({ host: process.env.OM_PG_HOST, database: process.env.OM_PG_DB || "openmemory" });
let cli: PoolClient | null = null;

const exec = async (sql: string, p: unknown[] = []) => {
  const c = cli || pg;
  return (await c.query(sql, p)).rows;
};

export const transaction = {
  begin: async () => {
    if (cli) throw new Error("transaction active");
    cli = await pg.connect();
    await cli.query("BEGIN");
  },
  commit: async () => {
    if (!cli) return;
    try {
      await cli.query("COMMIT");
    } finally {
      cli.release();
      cli = null;
    }
  },
  rollback: async () => {
    if (!cli) return;
    try {
      await cli.query("ROLLBACK");
    } finally {
      cli.release();
      cli = null;
    }
  },
};

export async function delete_memory(id: string): Promise<boolean> {
  const mem = await exec("SELECT id FROM openmemory_memories WHERE id = $1", [id]);
  if (!mem.length) return false;
  await transaction.begin();
  try {
    await exec("DELETE FROM openmemory_memories WHERE id = $1", [id]);
    await exec("DELETE FROM openmemory_waypoints WHERE src_id = $1 OR dst_id = $1", [id]);
    await transaction.commit();
    return true;
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
}
