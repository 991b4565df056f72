// Source: mtxr/vscode-sqltools — packages/drivers/src/driver/pgsql/index.ts (PostgreSQL.query, before PR #555), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failing query rejects past `cli.release()` into the chain's catch, which turns the error into a result and never releases (fixed in PR #555)
import { Pool, PoolConfig } from "pg";

export default class PostgreSQL {
  connection: Promise<Pool> | null = null;
  config: PoolConfig = {};

  open(): Promise<Pool> {
    if (!this.connection) this.connection = Promise.resolve(new Pool(this.config));
    return this.connection;
  }

  query(query: string) {
    const messages: string[] = [];
    return this.open()
      .then(async (pool) => {
        const cli = await pool.connect();
        cli.on("notice", (notice) => messages.push(`${notice.name}: ${notice.message}`));
        const results = await cli.query({ text: query, rowMode: "array" });
        cli.release();
        return results;
      })
      .then((results) => [{ messages, results: results.rows }])
      .catch((err) => [{ messages: messages.concat([String(err && err.message)]), error: true, results: [] }]);
  }
}
