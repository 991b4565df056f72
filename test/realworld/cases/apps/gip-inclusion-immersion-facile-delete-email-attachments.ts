// Source: gip-inclusion/immersion-facile — back/src/scripts/scheduledScripts/deleteEmailAttachements.ts (executeTriggerDeleteEmailAttachements), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the cron script checks out a client it never uses (the repository works through a Kysely db over the pool) and releases it only after the delete; when the delete rejects, the release and pool.end() are skipped and the checked-out client keeps the pool open
import { AppConfig } from "../../config/bootstrap/appConfig";
import { makeKyselyDb } from "../../config/pg/kysely/kyselyUtils";
import { createMakeProductionPgPool } from "../../config/pg/pgPool";
import { PgNotificationRepository } from "../../domains/core/notifications/adapters/PgNotificationRepository";

const config = AppConfig.createFromEnv();

export const executeTriggerDeleteEmailAttachements = async () => {
  const pool = createMakeProductionPgPool(config)();
  const client = await pool.connect();

  const numberOfDeletedAttachements = await new PgNotificationRepository(makeKyselyDb(pool)).deleteAllEmailAttachements();

  await client.release();
  await pool.end();

  return { numberOfDeletedAttachements };
};
