// Source: drizzle-team/waddler — waddler/src/pg/node-postgres/session.ts (stream), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the async generator yields rows inside a try whose release sits at its end and in its catch, never in a finally; a consumer that stops early (break, return) runs only finally blocks, so the client stays checked out
import { Pool, type Client, type PoolClient } from "pg";
import QueryStream from "pg-query-stream";

export class StreamingQuery {
  constructor(private client: Client | Pool, private query: string, private params: unknown[]) {}

  async *stream() {
    let conn: Client | Pool | PoolClient | undefined;
    try {
      conn = this.client instanceof Pool ? await this.client.connect() : this.client;
      const stream = conn.query(new QueryStream(this.query, this.params));
      for await (const row of stream) {
        yield row;
      }
      if (this.client instanceof Pool) {
        (conn as PoolClient).release();
      }
    } catch (error) {
      if (this.client instanceof Pool) {
        (conn as PoolClient)?.release();
      }
      throw new Error(`query failed: ${this.query}`, { cause: error });
    }
  }
}
