// Source: DEFRA/cdp-sbom-explorer-backend — src/api/deployments/database/update-latest.js at 79ae114 (updateLatest) and its caller src/api/deployments/controllers/refresh-deployments.js, reduced by hand, not copied
// Label: safe
// Why: the hapi handler passes its whole `request`; `{ pg, logger }` comes out of it, and the checkout's transaction runs in try with ROLLBACK-and-rethrow in the catch and the release in finally
async function updateLatest({ pg, logger }) {
  const client = await pg.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM deployments WHERE environment = 'latest'", []);
    const result = await client.query(
      "INSERT INTO deployments (name, version, environment) SELECT DISTINCT ON (name) name, version, 'latest' FROM entities ORDER BY name, created_at DESC",
      [],
    );
    await client.query("COMMIT");
    return { inserted: result.rowCount };
  } catch (e) {
    logger.error(e);
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

export const refreshLatestController = {
  options: {},
  handler: async (request, h) => {
    const latestResult = await updateLatest(request);
    request.logger.info(`refreshed latest, ${latestResult.inserted} updated`);
    return h.response(latestResult).code(200);
  },
};
