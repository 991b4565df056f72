// Source: exposr/exposrd — src/storage/pgsql-storage-provider.ts after b07cba0 "refactor: storage subsystem" (PgsqlStorageProvider#get), reduced by hand, not copied
// Label: safe
// Why: the locked EX branch is gone; `let client` is assigned inside the try and `client?.release()` in the finally runs on every path, the not-found throw included
import type * as Pgsql from "pg";

class StorageErrorNotFound extends Error {}
class StorageProviderError extends Error {}

export default class PgsqlStorageProvider {
  private _db: Pgsql.Pool;
  private _ns_init: Record<string, Promise<unknown> | undefined> = {};

  constructor(db: Pgsql.Pool) {
    this._db = db;
  }

  public async get(ns: string, key: string): Promise<object> {
    if (this._ns_init[ns] == undefined) {
      throw new StorageProviderError("namespace_not_found");
    }
    await this._ns_init[ns];

    let client: Pgsql.PoolClient | undefined = undefined;
    try {
      client = await this._db.connect();
      const res = await client.query(`SELECT value FROM ${ns} WHERE key = $1`, [key]);
      const value: object | undefined = res?.rows?.[0]?.value;
      if (value == undefined) {
        throw new StorageErrorNotFound(key);
      }
      return value;
    } catch (e: any) {
      if (e instanceof StorageErrorNotFound) {
        throw e;
      }
      throw new StorageProviderError(e.message);
    } finally {
      client?.release();
    }
  }
}
