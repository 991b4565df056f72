// Source: Maltiize/TA_GQL — restaurant-service/src/connectors/postgres.ts (Postgres.execute), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the GraphQL data source's connector releases after the query with no finally: a failing query (a bad filter, a dropped connection) leaves the client checked out
import { Pool } from "pg";
import { SQLQuery } from "./type";

class Postgres {
  private pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async execute(query: SQLQuery) {
    const client = await this.pool.connect();
    const { rows } = await client.query(query);
    client.release();
    return rows;
  }
}

export default Postgres;
