// Source: baz-scm/pgmq-ts — src/classes/queue.ts at a22d80f (Queue.readMessage as "fix connection release on mesage read", PR #19, left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix adds `conn.release()` after the awaited read with no try/finally; a failed read (an unknown queue, a dropped connection) rejects past it and keeps the client
import { Pool } from "pg";

declare function readQuery(queue: string, vt: number): string;
declare function parseDbMessage<T>(row: unknown): T;

export class Queue {
  private readonly pool: Pool;
  private readonly name: string;

  constructor(connectionPool: Pool, name: string) {
    this.pool = connectionPool;
    this.name = name;
  }

  public async readMessage<T>(vt = 0) {
    const query = readQuery(this.name, vt);
    const conn = await this.pool.connect();
    const result = await conn.query(query);
    conn.release();
    return parseDbMessage<T>(result.rows[0]);
  }
}
