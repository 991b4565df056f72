// Source: drizzle-team/drizzle-orm — drizzle-orm/src/node-postgres/session.ts (NodePgSession.transaction, as added in commit d798a9e "Add transactions support", before ae6d323 "Close tx connection after the tx is done"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client checked out when `this.client instanceof Pool` is wrapped in a new session and never released on any path
import { Pool, type Client, type PoolClient } from "pg";

type NodePgClient = Pool | PoolClient | Client;

class Session {
  constructor(readonly client: NodePgClient) {}
  execute(sql: string) {
    return this.client.query(sql);
  }
}

export class PgSession extends Session {
  async transaction<T>(work: (tx: Session) => Promise<T>, config?: string): Promise<T> {
    const session = this.client instanceof Pool ? new Session(await this.client.connect()) : this;
    await session.execute(`begin${config ? ` ${config}` : ""}`);
    try {
      const result = await work(session);
      await session.execute("commit");
      return result;
    } catch (error) {
      await session.execute("rollback");
      throw error;
    }
  }
}
