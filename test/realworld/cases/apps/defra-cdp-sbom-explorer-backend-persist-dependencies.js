// Source: DEFRA/cdp-sbom-explorer-backend — src/api/importer/database/persist-dependencies.js (persistDependencies), reduced by hand, not copied
// Label: safe
// Why: the pool arrives as a parameter (the hapi `request.pg` decoration, a pg-pool Pool); inside the metrics timer's callback the transaction runs in try, the catch rolls back and rethrows, and the finally releases
import { createLogger } from "../../../common/helpers/logging/logger.js";

const logger = createLogger();

/**
 * @param { import('pg-pool').Pool } pg
 */
export async function persistDependencies(pg, entityId, deps, metrics) {
  if (deps.length === 0) {
    logger.warn("No dependencies found for entity");
    return { inserted: 0 };
  }

  const params = [deps.map((d) => d.type), deps.map((d) => d.name), deps.map((d) => d.version), entityId];

  return metrics.timer("PersistDependenciesDBLatencyMs", async () => {
    const client = await pg.connect();
    try {
      await client.query("BEGIN");
      const insertResult = await client.query(
        "INSERT INTO entity_dependencies (entity_id, dependency_id) SELECT $4::bigint, id FROM upsert_dependencies($1, $2, $3)",
        params,
      );
      await client.query("COMMIT");
      return { inserted: insertResult.rowCount };
    } catch (e) {
      logger.error(e);
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  });
}
