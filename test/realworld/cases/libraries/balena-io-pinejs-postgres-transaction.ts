// Source: balena-io/pinejs — src/database-layer/db.ts (the postgres engine's `transaction` factory and PostgresTx), reduced by hand, not copied
// Label: hand-over
// Why: the checkout goes straight into a PostgresTx, which is returned; the Tx's commit and rollback release it (and createTransaction's caller ends or rolls back every Tx it gets)
import type * as Pg from "pg";

abstract class Tx {
  abstract commit(): Promise<void>;
  abstract rollback(): Promise<void>;
}

export function createPostgresEngine(pool: Pg.Pool) {
  class PostgresTx extends Tx {
    constructor(private db: Pg.PoolClient, readonly readOnly: boolean) {
      super();
    }

    executeSql(sql: string) {
      return this.db.query(sql);
    }

    async rollback() {
      try {
        await this.executeSql("ROLLBACK;");
        this.db.release();
      } catch (err: any) {
        this.db.release(err);
        throw err;
      }
    }

    async commit() {
      try {
        await this.executeSql("COMMIT;");
        this.db.release();
      } catch (err: any) {
        this.db.release(err);
        throw err;
      }
    }
  }

  return {
    transaction: async () => {
      const client = await pool.connect();
      const tx = new PostgresTx(client, false);
      void tx.executeSql("START TRANSACTION;");
      return tx;
    },
  };
}
