import type { PoolClient } from "pg";
import pg from "pg";

export class DataAccessLayer {
  private _pool = new pg.Pool();

  public getClient = async (): Promise<PoolClient> => {
    const client: PoolClient = await this._pool.connect();
    return client;
  };
}
