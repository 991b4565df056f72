// Source: matter-labs/block-explorer — packages/worker/src/utils/runMigrations.ts (default export), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits pg_advisory_unlock on the runner before releasing it; when that query throws, queryRunner.release() is skipped
import type { DataSource, QueryRunner } from "typeorm";
import { setTimeout } from "node:timers/promises";

const LOCK_CHECK_INTERVAL = 10000;
const ADVISORY_LOCK_KEY = 1234567;

export default async (connection: DataSource, logger: { log(m: string): void; warn(m: string, e?: unknown): void }) => {
  let queryRunner: QueryRunner | null = null;

  while (true) {
    try {
      if (!queryRunner) {
        queryRunner = connection.createQueryRunner();
        await queryRunner.connect();
      }
    } catch (err) {
      logger.warn("Failed to connect to database, retrying...", err);
      if (queryRunner) {
        await queryRunner.release().catch(() => undefined);
        queryRunner = null;
      }
      await setTimeout(LOCK_CHECK_INTERVAL);
      continue;
    }

    try {
      const [{ pg_try_advisory_lock: acquired }] = await queryRunner.query("SELECT pg_try_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
      if (acquired) {
        break;
      }
      logger.warn("Database is locked for migrations. Waiting for release...");
      await setTimeout(LOCK_CHECK_INTERVAL);
    } catch (err) {
      logger.warn("Failed to acquire migration lock, retrying...", err);
      await queryRunner.release().catch(() => undefined);
      queryRunner = null;
      await setTimeout(LOCK_CHECK_INTERVAL);
    }
  }

  logger.log("Lock acquired, running migrations if there are any to run");
  try {
    await connection.runMigrations();
  } finally {
    await queryRunner.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    await queryRunner.release();
    logger.log("Lock released, migrations completed");
  }
};
