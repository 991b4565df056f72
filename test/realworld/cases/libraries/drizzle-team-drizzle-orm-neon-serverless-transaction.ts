// Source: drizzle-team/drizzle-orm — drizzle-orm/src/neon-serverless/session.ts (NeonSession.transaction; issue #6241 reports the node-postgres, neon-serverless and vercel-postgres sessions share the leak), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Neon pool's checkout is wrapped in a session, then `await tx.execute(begin)` runs before the try whose finally releases it: a failed BEGIN keeps the client
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
    await tx.execute(`begin ${config}`);
    try {
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
