// Source: RyanNS7/Chat-Real-Time — src/external/DB/postgreSQL/config/clientDB.ts (ClientDB.connection), reduced by hand, not copied
// Label: hand-over
// Why: the pool comes from an awaited static factory of a local class, and the method returns `pool.connect()` to its caller
import { PoolClient } from "pg";
import { PoolDB } from "./poolDB";

export class ClientDB {
  private config: object;

  constructor(config: object) {
    this.config = config;
  }

  async connection(): Promise<PoolClient> {
    const pool = await PoolDB.connectPool(this.config);
    return pool.connect();
  }
}
