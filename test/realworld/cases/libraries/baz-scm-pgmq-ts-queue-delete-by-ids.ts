// Source: baz-scm/pgmq-ts — src/classes/queue.ts (Queue.deleteMessagesByIds), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the queue keeps the pool it was handed by the constructor; the release follows the awaited delete with no finally
import { Pool } from "pg";

declare function deleteMessagesByIdsQuery(queue: string): string;

export class Queue {
  private pool: Pool;
  private readonly name: string;

  constructor(connectionPool: Pool, name: string) {
    this.pool = connectionPool;
    this.name = name;
  }

  public async deleteMessagesByIds(ids: number[]): Promise<number[]> {
    const query = deleteMessagesByIdsQuery(this.name);
    const connection = await this.pool.connect();
    const result = await connection.query(query, [ids]);
    connection.release();
    return result.rows.map((row) => parseInt(row.msg_id));
  }
}
