// Source: drizzle-team/drizzle-orm — drizzle-orm/src/node-postgres/session.ts (NodePgSession.transaction, at today's HEAD), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is wrapped in a session that is then given to `new NodePgTransaction(…, session, …)`; the function still owns it (its finally releases `session.client`), but `await tx.execute(begin)` runs before that try, so a failed BEGIN keeps the client
import pg, { type PoolClient } from "pg";

class NodePgSession {
  constructor(
    readonly client: pg.Pool | PoolClient,
    readonly dialect: unknown,
  ) {}

  execute(sql: string) {
    return this.client.query(sql);
  }

  async transaction<T>(work: (tx: NodePgTransaction) => Promise<T>, config?: string): Promise<T> {
    const isPool = this.client instanceof pg.Pool || Object.getPrototypeOf(this.client).constructor.name.includes("Pool");
    const session = isPool ? new NodePgSession(await (<pg.Pool> this.client).connect(), this.dialect) : this;
    const tx = new NodePgTransaction(this.dialect, session);
    await tx.execute(`begin${config ? ` ${config}` : ""}`);
    try {
      const result = await work(tx);
      await tx.execute("commit");
      return result;
    } catch (error) {
      await tx.execute("rollback");
      throw error;
    } finally {
      if (isPool) (session.client as PoolClient).release();
    }
  }
}

class NodePgTransaction {
  constructor(
    readonly dialect: unknown,
    readonly session: NodePgSession,
  ) {}

  execute(sql: string) {
    return this.session.execute(sql);
  }
}
