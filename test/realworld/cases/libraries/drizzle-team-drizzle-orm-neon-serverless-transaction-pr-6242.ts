// Source: https://github.com/drizzle-team/drizzle-orm/pull/6242 (the fix proposed for issue #6241 in drizzle-orm/src/neon-serverless/session.ts, NeonSession.transaction: the begin statement moved inside the try), reduced by hand, not copied
// Label: safe
// Why: BEGIN now runs inside the try; the finally releases under the same `instanceof` test that chose to check out, and on its false branch nothing was checked out
import { Pool, type PoolClient } from "@neondatabase/serverless";

class NeonTransaction {
  constructor(readonly session: NeonSession) {}

  execute(sql: string) {
    return this.session.client.query(sql);
  }
}

export class NeonSession {
  constructor(readonly client: Pool | PoolClient) {}

  async transaction<T>(work: (tx: NeonTransaction) => Promise<T>, config = ""): Promise<T> {
    const session = this.client instanceof Pool ? new NeonSession(await this.client.connect()) : this;
    const tx = new NeonTransaction(session);
    try {
      await tx.execute(`begin ${config}`);
      const result = await work(tx);
      await tx.execute("commit");
      return result;
    } catch (error) {
      await tx.execute("rollback");
      throw error;
    } finally {
      if (this.client instanceof Pool) {
        (session.client as PoolClient).release();
      }
    }
  }
}
