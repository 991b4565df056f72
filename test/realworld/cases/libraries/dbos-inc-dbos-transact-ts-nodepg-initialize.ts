// Source: dbos-inc/dbos-transact-ts — packages/nodepg-datasource/index.ts (NodePostgresDataSource.initialize), reduced by hand, not copied
// Label: safe
// Why: the private field `#poolField` holds the new Pool; every query runs inside the try whose finally releases, the inner catches only rethrow with a better message
import { Pool, type PoolConfig } from "pg";

export class NodePgDataSourceSketch {
  #poolField: Pool | undefined;

  constructor(readonly name: string, readonly config: PoolConfig) {}

  async initialize(): Promise<void> {
    const old = this.#poolField;
    this.#poolField = new Pool(this.config);
    await old?.end();

    const client = await this.#poolField.connect();
    try {
      let installed = false;
      try {
        const res = await client.query("SELECT to_regclass('dbos.transaction_completion') IS NOT NULL AS ok");
        installed = !!res.rows[0].ok;
      } catch (e) {
        throw new Error(`In initialization of '${this.name}': database could not be queried: ${(e as Error).message}`);
      }
      if (!installed) {
        try {
          await client.query("CREATE SCHEMA IF NOT EXISTS dbos");
          await client.query("CREATE TABLE IF NOT EXISTS dbos.transaction_completion (workflow_id text, function_num int)");
        } catch {
          throw new Error(`In initialization of '${this.name}': the completion table could not be created`);
        }
      }
    } finally {
      client.release();
    }
  }
}
