// Source: ForbesLindesay/atdatabases — packages/pg/src/ConnectionPool.ts at f5a6ad4^ (ConnectionPool._withTypeResolver; `this._getClient()` reduced to the pool checkout it makes), reduced by hand, not copied
// Label: safe
// Why: the callback runs inside the try; the client goes back with release() after it resolves and with release(true) in the catch before the error is rethrown
import type { Pool } from "pg";

export class ConnectionPool {
  constructor(private readonly pool: Pool) {}

  async query(text: string, values: unknown[]): Promise<any[]> {
    const { rows } = await this.pool.query(text, values);
    return rows;
  }

  async withTypeResolver<T>(fn: (getTypeID: (typeName: string) => Promise<number>) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const result = await fn(async (typeName) => {
        const rows = await this.query("SELECT oid AS \"typeID\" FROM pg_catalog.pg_type WHERE lower(typname) = $1", [
          typeName.toLowerCase(),
        ]);
        if (rows.length !== 1) throw new Error("Could not find exactly one type " + typeName);
        return rows[0].typeID;
      });
      client.release();
      return result;
    } catch (ex) {
      client.release(true);
      throw ex;
    }
  }
}
