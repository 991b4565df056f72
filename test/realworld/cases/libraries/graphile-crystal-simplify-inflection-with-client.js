// Source: graphile/crystal — graphile-build/graphile-simplify-inflection/test.js (withClient), reduced by hand, not copied
// Label: safe
// Why: the callback runs in the try; the finally tries ROLLBACK and RESET ALL, swallows their errors, then releases
const withClient = async (pool, cb) => {
  const client = await pool.connect();
  try {
    return await cb(client);
  } finally {
    try {
      await client.query("ROLLBACK");
      await client.query("RESET ALL");
    } catch (e) {
      /* IGNORE */
    }
    await client.release();
  }
};

module.exports = { withClient };
