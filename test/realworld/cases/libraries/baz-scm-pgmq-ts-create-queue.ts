// Source: baz-scm/pgmq-ts — src/classes/pgmq.ts (Pgmq.createQueue), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the name is validated before the checkout, but `connection.release()` follows the awaited CREATE with no finally
import { Pool } from "pg";

declare function validateQueueName(name: string): void;
declare function createQueueQuery(name: string): string;

export class Pgmq {
  private readonly pool: Pool;

  public constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  public async createQueue(name: string) {
    validateQueueName(name);
    const connection = await this.pool.connect();
    const query = createQueueQuery(name);
    await connection.query(query);
    connection.release();
  }
}
