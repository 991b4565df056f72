import { Pool } from "pg";

export class PoolDB {
  static async connectPool(config: object) {
    return new Pool(config);
  }
}
