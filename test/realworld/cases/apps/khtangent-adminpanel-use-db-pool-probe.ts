// Source: KHTangent/adminpanel — server/utils/useDbPool.ts at 4dd6837 (useDbPool, a Nuxt 3 / h3 server util), reduced by hand, not copied
// Label: safe
// Why: the first h3 handler to call it makes the module's pg Pool and proves it with a checkout released on the next statement; nothing runs between the two
import { CompatibilityEvent } from "h3";
import pg from "pg";

let pool: pg.Pool;

export default async function useDbPool(e: CompatibilityEvent): Promise<pg.Pool> {
  if (!pool) {
    pool = new pg.Pool();
    const client = await pool.connect();
    client.release();
  }
  return pool;
}
