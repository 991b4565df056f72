// Source: GrupoUS/aegiswallet — src/db/client-pg.ts at 1cdbf5b (runAsServiceAccount), reduced by hand, not copied
// Label: safe
// Why: the checkout of `getPool()` is wrapped in a drizzle instance (`client as unknown as Pool`) handed to the callback; BEGIN, a service-account `set_config`, the callback and COMMIT run inside the try, ROLLBACK in the catch, release in the finally
import { drizzle } from "drizzle-orm/node-postgres";
import type { Pool } from "pg";
import { getPool } from "./pool";

type Tx = ReturnType<typeof drizzle>;

export async function runAsServiceAccount<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.is_service_account', 'true', false)");
    const tx = drizzle(client as unknown as Pool);
    const result = await fn(tx);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
