// Source: holdfenytolvaj/pogi — src/pgDb.ts (PgDb.dedicatedConnectionBegin / dedicatedConnectionEnd), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is stored on a new PgDb that is returned; its `dedicatedConnectionEnd` releases it
import pg from "pg";

const onConnectionError = (e: Error) => {
  throw e;
};

export class PgDb {
  connection: pg.PoolClient | null = null;
  pool: pg.Pool;

  constructor(from?: PgDb) {
    this.pool = from ? from.pool : new pg.Pool();
  }

  async dedicatedConnectionBegin(): Promise<PgDb> {
    const pgDb = new PgDb(this);
    pgDb.connection = await this.pool.connect();
    pgDb.connection.on("error", onConnectionError);
    return pgDb;
  }

  async dedicatedConnectionEnd(): Promise<PgDb> {
    if (this.connection) {
      this.connection.off("error", onConnectionError);
      this.connection.release();
      this.connection = null;
    }
    return this;
  }
}
