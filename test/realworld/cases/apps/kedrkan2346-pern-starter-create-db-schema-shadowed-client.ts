// Source: KedrKan2346/pern-starter — api/src/scripts/create-db-schema.ts at f9fbf76 (createSubjectsTable), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the starter declares `let poolClient = null` for its finally, then checks out into a new `const poolClient` inside the try, which shadows it: the finally's `if (poolClient)` sees the outer null on every path, so the schema script never releases its client
import { Pool } from "pg";
import { Logger } from "winston";

async function createSubjectsTable(pgPool: Pool, logger: Logger): Promise<void> {
  const tableName = "subjects";
  logger.info("Connecting to database...");
  let poolClient = null;

  try {
    const poolClient = await pgPool.connect();

    logger.info(`Creating ${tableName} table...`);
    await poolClient.query(`CREATE TABLE IF NOT EXISTS ${tableName} (id uuid NOT NULL DEFAULT uuid_generate_v4(), name varchar(255) NOT NULL, PRIMARY KEY (id));`);
    logger.info(`${tableName} table created`);
  } catch (error) {
    logger.error(`Failed to create ${tableName} table: ${error}`);
  } finally {
    logger.info("Releasing database client...");
    try {
      if (poolClient) {
        poolClient.release();
      }
      logger.info("Database client released");
    } catch (error) {
      logger.error("Unable to release database client: " + error);
    }
  }
}

export async function createDbSchema(pgPool: Pool, logger: Logger) {
  await createSubjectsTable(pgPool, logger);
}
