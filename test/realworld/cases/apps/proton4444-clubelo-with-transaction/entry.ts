// Source: proton4444/clubelo — src/shared/database/transaction.ts at 27d3423 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the project moved off Prisma to raw pg (49b2852) and keeps Prisma in its dependencies; the transaction helper takes its client from the db module's `db.getClient()`, runs BEGIN, the callback and COMMIT in a try whose catch rolls back and whose finally releases
import { db } from "./connection";

export async function withTransaction<T>(callback: (client: any) => Promise<T>): Promise<T> {
  const client = await db.getClient();

  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
