// Source: chaluvadis/postgres-schema-sync — src/core/PostgreSqlConnectionManager.ts (createConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is handed over only in the returned handle (whose release() gives it back); when the `SELECT 1` probe before the return fails, the catch logs and rethrows with the client still checked out
import { Pool } from "pg";

type ConnectionInfo = { id: string; host: string; port: number; database: string };

export class PostgreSqlConnectionManager {
  private pools = new Map<string, Pool>();

  private getOrCreatePool(info: ConnectionInfo): Pool {
    const key = `${info.host}:${info.port}:${info.database}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool({ host: info.host, port: info.port, database: info.database });
      this.pools.set(key, pool);
    }
    return pool;
  }

  async createConnection(info: ConnectionInfo, cancellationToken?: AbortSignal) {
    try {
      const pool = this.getOrCreatePool(info);
      if (cancellationToken?.aborted) {
        throw new Error("Connection creation cancelled");
      }

      const client = await pool.connect();

      await client.query("SELECT 1");

      console.debug("Database connection established", info.id);

      return {
        connection: client,
        release: () => {
          client.release();
        },
      };
    } catch (error) {
      console.error("Failed to create database connection", error);
      throw error;
    }
  }
}
