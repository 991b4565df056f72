// Source: https://github.com/drizzle-team/drizzle-orm/pull/6032 (the proposed NodePgSession.transaction with BEGIN moved inside the try, for issue #6023), reduced by hand, not copied
// Label: safe
// Why: begin, the work and commit all sit in the try whose finally releases the pooled client; the catch only rolls back when begin succeeded
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
    let began = false;
    try {
      await session.execute(`begin${config ? ` ${config}` : ""}`);
      began = true;
      const result = await work(session);
      await session.execute("commit");
      return result;
    } catch (error) {
      if (began) await session.execute("rollback");
      throw error;
    } finally {
      if (isPool) (session.client as PoolClient).release();
    }
  }
}
