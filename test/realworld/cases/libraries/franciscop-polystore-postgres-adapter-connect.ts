// Source: franciscop/polystore — src/adapters/postgres.ts (Postgres adapter's connect), reduced by hand, not copied
// Label: safe
// Why: the key-value adapter is given a pg Client or Pool as `lib`; it calls `lib.connect()` only when pg's private flags say a Client is not connected yet (strictly `false`, so a Pool, which has neither flag, is never checked out here) and then queries through `lib` itself
declare class Adapter {
  lib: any;
}

export default class Postgres extends Adapter {
  TYPE = "POSTGRES";
  table = "kv";

  connect = async () => {
    if (!/^[a-zA-Z_]+$/.test(this.table)) {
      throw new Error(`Invalid table name ${this.table}`);
    }

    if (this.lib._connected === false && this.lib._connecting === false) {
      await this.lib.connect();
    }

    await this.lib.query(`CREATE TABLE IF NOT EXISTS ${this.table} (id TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at TIMESTAMPTZ)`);
    await this.lib.query(`CREATE INDEX IF NOT EXISTS idx_${this.table}_expires_at ON ${this.table} (expires_at)`);
  };

  static test = (raw: any): boolean => raw && raw.query && !raw.filename;
}
