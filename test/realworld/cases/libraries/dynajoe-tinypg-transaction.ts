// Source: dynajoe/tinypg — src/tiny.ts at f8a7bb0^ (TinyPg.transaction), reduced by hand, not copied
// Label: safe
// Why: the client's own release is swapped for a no-op while nested calls share it; the local release() restores and calls it from the finally that follows BEGIN, the work and COMMIT
import * as Pg from "pg";
import * as _ from "lodash";

export class TinyPg {
  private pool: Pg.Pool;

  constructor(options: Pg.PoolConfig) {
    this.pool = new Pg.Pool(options);
  }

  async transaction<T>(tx_fn: (db: TinyPg) => Promise<T>): Promise<T> {
    const tx_client = await this.getClient();

    const release_ref = tx_client.release;
    tx_client.release = () => {};

    const release = () => {
      tx_client.release = release_ref;
      tx_client.release();
    };

    try {
      await tx_client.query("BEGIN");

      const tiny_tx: TinyPg = Object.create(this);
      const assertThennable = (result: any) => {
        if (_.isNil(result) || !_.isFunction(result.then)) {
          throw new Error("Expected thennable to be returned from transaction function.");
        }
        return result;
      };
      tiny_tx.getClient = () => Promise.resolve(tx_client);

      const result = await assertThennable(tx_fn(tiny_tx));
      await tx_client.query("COMMIT");
      return result;
    } catch (error) {
      await tx_client.query("ROLLBACK");
      throw error;
    } finally {
      release();
    }
  }

  getClient(): Promise<Pg.PoolClient> {
    return this.pool.connect();
  }
}
