// Source: drizzle-team/drizzle-orm — drizzle-orm/src/node-postgres/session.ts (NodePgSession.transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client checked out with `(<pg.Pool> this.client).connect()` is wrapped in a local session, then `await tx.execute("begin")` runs before the try whose finally releases it
import pg, { type PoolClient } from "pg";

class Session {
  constructor(readonly client: pg.Pool | PoolClient) {}
  execute(sql: string) {
    return this.client.query(sql);
  }
}

export class PgSession extends Session {
  async transaction<T>(work: (tx: Session) => Promise<T>, config?: string): Promise<T> {
    const isPool = this.client instanceof pg.Pool;
    const session = isPool ? new Session(await (<pg.Pool> this.client).connect()) : this;
    await session.execute(`begin${config ? ` ${config}` : ""}`);
    try {
      const result = await work(session);
      await session.execute("commit");
      return result;
    } catch (error) {
      await session.execute("rollback");
      throw error;
    } finally {
      if (isPool) (session.client as PoolClient).release();
    }
  }
}
