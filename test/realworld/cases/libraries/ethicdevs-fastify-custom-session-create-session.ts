// Source: EthicDevs/fastify-custom-session — src/adapters/postgres.ts (PostgresSessionAdapter.createSession), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client.release()` comes after the awaited INSERT inside a try whose catch only logs and rethrows; a failed INSERT skips the release
import type { Pool } from "pg";

interface Session {
  id: string;
  data: Record<string, unknown>;
}

declare function quoteName(value: string): string;
declare function logError(...args: unknown[]): void;

export class PostgresSessionAdapter {
  constructor(private dbPool: Pool, private options: { tableName: string; schemaName: string }) {}

  async createSession(session: Session): Promise<Session> {
    try {
      const client = await this.dbPool.connect();
      const table = quoteName(JSON.stringify(this.options.tableName));
      const result = await client.query(`INSERT INTO ${table} (sid, data) VALUES ($1, $2) RETURNING sid`, [session.id, session.data]);
      if (result.rowCount === 0) {
        logError("could not create session", session.id);
      }
      client.release();
      return session;
    } catch (err) {
      logError("could not create session", session.id, err);
      throw err;
    }
  }
}
