// Source: cardstack/cardstack — packages/hub/pgsearch/pgclient.ts at cbc085cbf^ (PgClient.queryCards, before the fix proposed in PR #1500), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await this.cardQueryToSQL(…)` runs between connect() and the try whose finally releases; when it throws, the client is never released (the PR: "a single line that was throwing an error outside of the finally block")
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
    let sql = await this.cardQueryToSQL(cards, query);
    console.debug("search: %s trace: %j", sql.text, sql.values);
    try {
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
