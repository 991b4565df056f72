// Source: https://github.com/drizzle-team/drizzle-orm/pull/6242 (the fix proposed for issue #6241 in drizzle-orm/src/vercel-postgres/session.ts, VercelPgSession.transaction: the begin statement moved inside the try), reduced by hand, not copied
// Label: safe
// Why: BEGIN now runs inside the try; the finally releases under the same `instanceof` test that chose to check out, and on its false branch nothing was checked out
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
    try {
      await tx.execute(`begin${config ? ` ${config}` : ""}`);
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
