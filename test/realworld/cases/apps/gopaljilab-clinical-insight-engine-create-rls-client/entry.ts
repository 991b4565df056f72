// Source: gopaljilab/Clinical-Insight-Engine — server/db-rls.ts (createRlsClient, the checkout behind issue #1661's rlsContextMiddleware), reduced by hand, not copied
// Label: hand-over
// Why: the set_config queries run in a try whose catch releases and rethrows; then the client is added to the module's tracking Set through registerRlsClient and returned to the middleware, which releases it on the response's finish/close
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { getPool } from "./db";

export interface RlsUserContext {
  userId: string;
  email: string;
  role: string;
}

const activeRlsClients = new Set<pg.PoolClient>();

export function registerRlsClient(client: pg.PoolClient): void {
  activeRlsClients.add(client);
}

export function unregisterRlsClient(client: pg.PoolClient): void {
  activeRlsClients.delete(client);
}

export async function createRlsClient(context: RlsUserContext): Promise<{ db: NodePgDatabase; client: pg.PoolClient }> {
  const pool = getPool();
  const client = await pool.connect();

  try {
    await client.query("SELECT set_config('app.current_user_id', $1, true)", [context.userId]);
    await client.query("SELECT set_config('app.current_user_email', $1, true)", [context.email]);
    await client.query("SELECT set_config('app.current_user_role', $1, true)", [context.role]);
  } catch (err) {
    client.release();
    throw err;
  }

  registerRlsClient(client);

  const db = drizzle(client);
  return { db, client };
}
