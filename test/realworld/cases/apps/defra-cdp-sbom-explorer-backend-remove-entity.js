// Source: DEFRA/cdp-sbom-explorer-backend — src/api/importer/database/remove-entity.js (removeEntity), reduced by hand, not copied
// Label: safe
// Why: the checkout from the `pg` parameter (hapi's `request.pg`) runs both deletes in one transaction inside try; the catch rolls back and rethrows and the finally releases
async function removeEntity(pg, entityId, metrics) {
  return metrics.timer("RemoveEntityDBLatencyMs", async () => {
    const client = await pg.connect();
    try {
      await client.query("BEGIN");
      await client.query("DELETE FROM entity_dependencies WHERE entity_id = $1", [entityId]);
      await client.query("DELETE FROM entities WHERE id = $1", [entityId]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  });
}

export { removeEntity };
