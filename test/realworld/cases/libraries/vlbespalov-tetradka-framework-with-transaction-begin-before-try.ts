// Source: vlbespalov/tetradka-framework — src/transaction.ts (withTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the TypeORM query runner connects (taking a pooled connection) and then runs `BEGIN READ ONLY` or `startTransaction()` before the try whose finally releases it; a failed BEGIN leaves the connection checked out
import { DataSource, EntityManager } from "typeorm";

let dataSource: DataSource;

export function setDataSource(ds: DataSource): void {
  dataSource = ds;
}

export function getDataSource(): DataSource {
  if (!dataSource) throw new Error("Framework not initialized: call initFramework() first");
  return dataSource;
}

export async function withTransaction<T>(isReadOnly: boolean, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
  const qr = getDataSource().createQueryRunner();
  await qr.connect();

  if (isReadOnly) {
    await qr.query("BEGIN READ ONLY");
  } else {
    await qr.startTransaction("READ COMMITTED");
  }

  try {
    const result = await fn(qr.manager);
    if (isReadOnly) {
      await qr.query("ROLLBACK");
    } else {
      await qr.commitTransaction();
    }
    return result;
  } catch (err) {
    if (isReadOnly) {
      await qr.query("ROLLBACK");
    } else {
      await qr.rollbackTransaction();
    }
    throw err;
  } finally {
    await qr.release();
  }
}
