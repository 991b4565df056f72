// Source: beekeeper-studio/beekeeper-studio — apps/studio/src-commercial/backend/lib/db/clients/surrealdb.ts (SurrealDBClient.connect), reduced by hand, not copied
// Label: safe
// Why: `this.pool` is the project's own SurrealPool over SurrealDB connections, not a pg pool; it must stay silent whatever its name
import Surreal from "surrealdb";

class SurrealConn extends Surreal {
  constructor(readonly owner: SurrealPool) {
    super();
  }
  async release() {
    this.owner.release(this);
  }
}

class SurrealPool {
  private idle: SurrealConn[] = [];
  constructor(private url: string) {}
  async connect(): Promise<SurrealConn> {
    const conn = this.idle.pop() ?? new SurrealConn(this);
    await conn.connect(this.url);
    return conn;
  }
  release(conn: SurrealConn) {
    this.idle.push(conn);
  }
}

export class SurrealClientSketch {
  pool: SurrealPool | undefined;

  async connect(url: string): Promise<void> {
    this.pool = new SurrealPool(url);
    const conn = await this.pool.connect();
    if (conn.status === "disconnected") {
      throw new Error("Error connecting to database");
    }
    await conn.release();
  }
}
