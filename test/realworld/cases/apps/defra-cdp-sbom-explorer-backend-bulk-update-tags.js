// Source: DEFRA/cdp-sbom-explorer-backend — src/api/metadata/database/manage-tags.js (bulkUpdateTags), reduced by hand, not copied
// Label: safe
// Why: the pool is destructured from the hapi request passed in (`{ pg, logger }`); the transaction runs in try, the catch rolls back and rethrows, the finally releases
export async function bulkUpdateTags({ pg, logger }, tags, clearExisting = false) {
  const names = tags.map((s) => s.name);
  const versions = tags.map((s) => s.version);
  const values = tags.map((s) => s.value);

  const client = await pg.connect();
  try {
    await client.query("BEGIN");
    if (clearExisting) {
      const distinctTags = [...new Set(values)];
      logger.info(`clearing tags: ${distinctTags.join(" ")}`);
      await client.query("DELETE FROM tags WHERE value = ANY($1::text[])", [distinctTags]);
    }
    const result = await client.query(
      "INSERT INTO tags (entity_name, entity_version, value) SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[])",
      [names, versions, values],
    );
    await client.query("COMMIT");
    return Number(result.rowCount);
  } catch (e) {
    logger.error(e);
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
