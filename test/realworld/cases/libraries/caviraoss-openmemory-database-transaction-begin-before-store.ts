// Source: CaviraOSS/OpenMemory — backend/src/database/index.ts at 3f0e5e9 (the Postgres `transaction` object, "Added Pluggable VectorDBs and Postgresql support"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: begin() sends BEGIN on the fresh checkout before parking it in the module-level `activeClient`; when BEGIN fails the client is in neither place that commit()/rollback() release from, so it is never given back
import { Pool, PoolClient } from "pg";

const pool = new Pool({ host: process.env.OM_PG_HOST, database: process.env.OM_PG_DB || "openmemory" });
let activeClient: PoolClient | null = null;

export const query = async (sql: string, params: unknown[] = []) => {
  const client = activeClient || pool;
  return (await client.query(sql, params)) as { rows: unknown[] };
};

export const transaction = {
  begin: async () => {
    if (activeClient) throw new Error("Transaction already active");
    const client = await pool.connect();
    await client.query("BEGIN");
    activeClient = client;
  },
  commit: async () => {
    if (!activeClient) return;
    try {
      await activeClient.query("COMMIT");
    } finally {
      activeClient.release();
      activeClient = null;
    }
  },
  rollback: async () => {
    if (!activeClient) return;
    try {
      await activeClient.query("ROLLBACK");
    } finally {
      activeClient.release();
      activeClient = null;
    }
  },
};
