// Source: mtxr/vscode-sqltools — packages/drivers/src/driver/pgsql/index.ts (PostgreSQL.query, as changed by PR #555), reduced by hand, not copied
// Label: safe
// Why: the chain's catch now releases the client kept in an outer `let` when the query fails (`cli && cli.release()`)
import { Pool, PoolClient, PoolConfig } from "pg";

export default class PostgreSQL {
  connection: Promise<Pool> | null = null;
  config: PoolConfig = {};

  open(): Promise<Pool> {
    if (!this.connection) this.connection = Promise.resolve(new Pool(this.config));
    return this.connection;
  }

  query(query: string) {
    const messages: string[] = [];
    let cli: PoolClient;
    return this.open()
      .then(async (pool) => {
        cli = await pool.connect();
        cli.on("notice", (notice) => messages.push(`${notice.name}: ${notice.message}`));
        const results = await cli.query({ text: query, rowMode: "array" });
        cli.release();
        return results;
      })
      .then((results) => [{ messages, results: results.rows }])
      .catch((err) => {
        cli && cli.release();
        return [{ messages: messages.concat([String(err && err.message)]), error: true, results: [] }];
      });
  }
}
