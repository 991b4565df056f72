// Source: gip-inclusion/immersion-facile — back/src/scripts/triggerRefreshMaterializedViews.ts (refreshMaterializedViews), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the REFRESH MATERIALIZED VIEW queries run in a loop between the checkout and a release that is not in a finally; when one rejects (a lock timeout, a broken view) the client is never released and pool.end() never runs
import { AppConfig } from "../config/bootstrap/appConfig";
import { createMakeScriptPgPool } from "../config/pg/pgPool";
import { createLogger } from "../utils/logger";

const logger = createLogger(__filename);
const config = AppConfig.createFromEnv();

export const refreshMaterializedViews = async () => {
  logger.info({ message: "Starting to refresh materialized views" });

  const pool = createMakeScriptPgPool(config)();

  const client = await pool.connect();

  const materializedViews = ["view_siret_with_department_region", "view_contact_requests", "view_establishments"];
  for (const materializedView of materializedViews) {
    await client.query(`REFRESH MATERIALIZED VIEW ${materializedView};`);
  }
  client.release();
  await pool.end();
};
