// Source: Rotorsoft/eventually-monorepo — libs/eventually-pg/src/PostgresSubscriptionStore.ts (ack), reduced by hand, not copied
// Label: safe
// Why: every await on the checkout sits in the try whose finally releases (the subscription row is read through `pool.query`, outside the transaction, but that leaks nothing)
import { Pool } from "pg";

type Subscription = { consumer: string; watermark: number; lease?: string; expires?: Date };
type Lease = { consumer: string; lease: string };

const log = () => ({ error: (..._args: unknown[]) => {} });

export const PostgresSubscriptionStore = (table: string, pool: Pool) => ({
  ack: async (lease: Lease, watermark: number) => {
    let acked = false;
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await pool.query<Subscription>(`SELECT * FROM "${table}" WHERE consumer=$1`, [lease.consumer]);
      const subscription = rows.at(0) || ({ consumer: lease.consumer, watermark: -1 } as Subscription);
      if (subscription.lease === lease.lease && subscription.expires && subscription.expires > new Date()) {
        const result = await client.query(`UPDATE "${table}" SET watermark=$2, lease=null WHERE consumer=$1`, [lease.consumer, watermark]);
        acked = (result.rowCount ?? 0) > 0;
      }
      await client.query("COMMIT");
    } catch (error) {
      log().error(error);
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
    return acked;
  },
});
