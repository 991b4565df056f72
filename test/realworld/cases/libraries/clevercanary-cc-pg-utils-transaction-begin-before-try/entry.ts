// Source: clevercanary/cc-pg-utils — src/Pool.ts (Pool.transaction; in the original, connect() is a method of the same class), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the wrapper's own `connect()` (the pool checkout with query helpers attached) is followed by `await client.query("BEGIN")` before the try; a failed BEGIN leaves the client checked out
import { ConnectionConfig } from "pg";
import { BricksPool, type Client } from "./bricks-pool";

export class Pool extends BricksPool {
  private config: ConnectionConfig & { debug?: boolean };

  constructor(config: ConnectionConfig & { debug?: boolean }) {
    super(config);
    this.config = config;
  }

  async transaction<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.connect();
    await client.query("BEGIN");
    this.config.debug ? console.log("Postgres: TRANSACTION BEGIN") : void 0;
    try {
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
