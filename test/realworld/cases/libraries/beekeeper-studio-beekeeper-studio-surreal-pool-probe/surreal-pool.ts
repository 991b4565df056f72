// The project's own pool of SurrealDB connections (apps/studio/src-commercial/backend/lib/db/clients/surrealdb/SurrealDBPool.ts).
import Surreal from "surrealdb";

class SurrealConn extends Surreal {
  constructor(readonly owner: SurrealPool) {
    super();
  }
  async release() {
    this.owner.release(this);
  }
}

export class SurrealPool {
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
