// Source: drizzle-team/drizzle-orm — drizzle-orm/src/vercel-postgres/session.ts (VercelPgSession.transaction; issue #6241 reports the node-postgres, neon-serverless and vercel-postgres sessions share the leak), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the VercelPool checkout is wrapped in a session, then `await tx.execute(begin)` runs before the try whose finally releases it: a failed BEGIN keeps the client
import { VercelPool, type VercelClient, type VercelPoolClient } from "@vercel/postgres";

class VercelPgTransaction {
  constructor(readonly session: VercelPgSession) {}

  execute(sql: string) {
    return this.session.client.query(sql);
  }
}

export class VercelPgSession {
  constructor(readonly client: VercelPool | VercelClient | VercelPoolClient) {}

  async transaction<T>(work: (tx: VercelPgTransaction) => Promise<T>, config?: string): Promise<T> {
    const session = this.client instanceof VercelPool ? new VercelPgSession(await this.client.connect()) : this;
    const tx = new VercelPgTransaction(session);
    await tx.execute(`begin${config ? ` ${config}` : ""}`);
    try {
      const result = await work(tx);
      await tx.execute("commit");
      return result;
    } catch (error) {
      await tx.execute("rollback");
      throw error;
    } finally {
      if (this.client instanceof VercelPool) {
        (session.client as VercelPoolClient).release();
      }
    }
  }
}
