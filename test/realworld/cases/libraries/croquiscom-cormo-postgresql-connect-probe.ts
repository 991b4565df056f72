// Source: croquiscom/cormo — packages/cormo/src/adapters/postgresql.ts (PostgreSQLAdapter.connect), reduced by hand, not copied
// Label: safe
// Why: a connection probe: the client is released on the very next statement, and a failed connect rejects before any client exists
import pg from "pg";

export class PostgreSQLAdapter {
  private _pool: pg.Pool | null = null;

  async connect(settings: { database: string; host: string; port: number; user: string; password: string }) {
    const pool = new pg.Pool({
      database: settings.database,
      host: settings.host,
      password: settings.password,
      port: settings.port,
      user: settings.user,
    });
    try {
      const client = await pool.connect();
      client.release();
      this._pool = pool;
    } catch (error: any) {
      if (error.code === "3D000") {
        throw new Error("database does not exist");
      }
      throw new Error("failed to connect");
    }
  }
}
