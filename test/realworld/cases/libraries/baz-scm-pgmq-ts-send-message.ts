// Source: baz-scm/pgmq-ts — src/classes/pgmq.ts (Pgmq.sendMessage), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `connection.release()` follows the awaited insert with no finally; a failed send (an unknown queue, a dropped connection) keeps the client
import { Pool } from "pg";

declare function sendQuery(queue: string, vt: number): string;

export class Pgmq {
  private readonly pool: Pool;

  public constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  public async sendMessage<T>(queue: string, message: T, vt = 0) {
    const connection = await this.pool.connect();

    const query = sendQuery(queue, vt);
    const res = await connection.query(query, [JSON.stringify(message)]);
    connection.release();
    return parseInt(res.rows[0].msg_id);
  }
}
