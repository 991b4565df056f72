// Source: cardstack/cardstack — packages/hub/pgsearch/pgclient.ts at cbc085cbf (PgClient.queryCards, as PR #1500's commit "fix pgclient pool release async bug" left it), reduced by hand, not copied
// Label: safe
// Why: building the SQL moved inside the try, so every await after connect() is covered by the finally that releases
import { Pool, QueryResult } from "pg";
import postgresConfig from "./postgres-config";

export default class PgClient {
  private pool: Pool;

  constructor() {
    const config = postgresConfig();
    this.pool = new Pool({ user: config.user, host: config.host, database: config.database, port: config.port });
  }

  async queryCards(cards: unknown, query: unknown[]): Promise<QueryResult> {
    let client = await this.pool.connect();
    try {
      let sql = await this.cardQueryToSQL(cards, query);
      console.debug("search: %s trace: %j", sql.text, sql.values);
      return await client.query(sql);
    } finally {
      client.release();
    }
  }

  private async cardQueryToSQL(cards: unknown, query: unknown[]): Promise<{ text: string; values: unknown[] }> {
    if (!cards) throw new Error("no card service");
    return { text: String(query[0]), values: query.slice(1) };
  }
}
