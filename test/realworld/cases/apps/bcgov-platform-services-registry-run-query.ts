// Source: bcgov/platform-services-registry — api/src/db/model/model.ts (Model.runQuery, added in PR #29 "Use the pg pool to make queries"), reduced by hand, not copied
// Label: safe
// Why: connect() and the query run inside a try whose finally releases (a failed connect() makes the finally throw on undefined, but no client is out)
import { Pool } from "pg";

export interface Query {
  text: string;
  values?: any[];
}

const toCamel = (row: any) => row;

export abstract class Model {
  abstract table: string;
  abstract pool: Pool;

  async runQuery(query: Query): Promise<any[]> {
    let client;

    if (this.pool.waitingCount > 0) {
      // a warning was logged here once
    }

    try {
      client = await this.pool.connect();
      const results = await client.query(query);
      return results.rows.map(toCamel);
    } catch (err) {
      throw err;
    } finally {
      client.release();
    }
  }
}
