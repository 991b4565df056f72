// Source: joeferner/nexq — packages/store-sql/src/dialect/PostgresDialect.ts at 8c6c883 (PostgresDialect.beginTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the SQL store's Postgres dialect (a sibling of its better-sqlite3 dialect, over pg-pool) checks a client out and awaits BEGIN before handing back the transaction object whose release() gives it back; when BEGIN rejects the client is never returned or released
import pg from "pg";
import Pool from "pg-pool";
import { Dialect } from "./Dialect.js";
import { PostgresSql } from "../sql/PostgresSql.js";
import { PostgresTransaction } from "./PostgresTransaction.js";

export class PostgresDialect extends Dialect<Pool<pg.Client>, PostgresSql> {
  public async beginTransaction(): Promise<PostgresTransaction> {
    const client = await this.database.connect();
    await client.query("BEGIN");

    return {
      client,
      commit: async (): Promise<void> => {
        await client.query("COMMIT");
      },
      rollback: async (): Promise<void> => {
        await client.query("ROLLBACK");
      },
      release: async (): Promise<void> => {
        client.release();
      },
    };
  }
}
