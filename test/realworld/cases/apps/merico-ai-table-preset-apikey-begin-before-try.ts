// Source: merico-ai/table — api/src/preset/scripts/configure_apikey.ts (upsert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `startTransaction()` is awaited after `connect()` but before the try whose finally releases the runner: a failed BEGIN leaves it checked out
import { dashboardDataSource } from "../../data_sources/dashboard";
import ApiKey from "../../models/apiKey";

async function upsert() {
  if (!dashboardDataSource.isInitialized) {
    await dashboardDataSource.initialize();
  }
  const queryRunner = dashboardDataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  try {
    const repo = queryRunner.manager.getRepository(ApiKey);
    await repo.delete({ is_preset: true });
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    console.error("Error upserting preset apikey:", error);
  } finally {
    await queryRunner.release();
    await dashboardDataSource.destroy();
  }
}

upsert();
