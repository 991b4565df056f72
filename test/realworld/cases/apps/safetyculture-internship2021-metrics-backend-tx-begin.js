// Source: SafetyCulture-Internship2021/metrics-backend-q4-2021 — src/db/database.js (Database#tx), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is handed to the Tx wrapper only after `BEGIN TRANSACTION` resolves; when BEGIN rejects the method throws with the client neither wrapped nor released
import { Tx } from "./transaction";

export class Database {
  constructor(pool) {
    this.pool = pool;
    this.tx = this.tx.bind(this);
  }

  async tx() {
    const conn = await this.pool.connect();
    await conn.query("BEGIN TRANSACTION");
    return new Tx(conn);
  }

  async ping() {
    await this.pool.query("SELECT 1");
  }
}
