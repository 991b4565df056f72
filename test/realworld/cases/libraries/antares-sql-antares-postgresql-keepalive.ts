// Source: antares-sql/antares — src/main/libs/clients/PostgreSQLClient.ts (PostgreSQLClient.keepAlive), reduced by hand, not copied
// Label: leak
// Why: the SQL client's keepalive timer checks out a client per tick and releases it after `SELECT 1+1` with no finally; the catch swallows a failed ping and the checkout stays out
import pg from "pg";

export class PostgreSQLClient {
  private _connection: pg.Pool;
  private _keepaliveTimer: NodeJS.Timeout | undefined;

  constructor(config: pg.PoolConfig, private _keepaliveMs = 60000) {
    this._connection = new pg.Pool({ ...config, idleTimeoutMillis: 0 });
    this._keepaliveTimer = setInterval(async () => {
      await this.keepAlive();
    }, this._keepaliveMs);
  }

  private async keepAlive() {
    try {
      const connection = (await this._connection.connect()) as pg.PoolClient;
      await connection.query("SELECT 1+1");
      connection.release();
    } catch (_) {}
  }

  destroy() {
    this._connection.end();
    clearInterval(this._keepaliveTimer);
  }
}
