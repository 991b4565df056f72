// Source: elbekmiddle/telegram_reception_bot — src/db/pg.ts at 024e739 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the transaction helper on the globalThis-cached raw pool (the Prisma client has its own adapter pool) sends BEGIN, the timeout, the callback and COMMIT inside a try whose catch rolls back and whose finally releases
import { Pool, type PoolClient } from "pg";

const globalPg = globalThis as unknown as { pgPool?: Pool };

export const pgPool = globalPg.pgPool ?? new Pool({ connectionString: process.env.DATABASE_URL });

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL statement_timeout = 5000");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
