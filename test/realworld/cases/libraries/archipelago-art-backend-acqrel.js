// Source: archipelago-art/backend — src/db/util.js after 547fdd8 "db: try to roll back when releasing clients" (acqrel), reduced by hand, not copied
// Label: safe
// Why: the callback runs in a try whose finally first tries a ROLLBACK (its failure caught and logged, so an aborted transaction does not go back to the pool) and then releases, tolerating only pg's "already released" error
const ALREADY_RELEASED = "Release called on client which has already been released to the pool.";
const CLIENT_CLOSED = "Client was closed and is not queryable";

async function acqrel(pool, callback) {
  const client = await pool.connect();
  try {
    return await callback(client);
  } finally {
    try {
      await client.query("ROLLBACK  -- release client");
    } catch (e) {
      if ((e || {}).message !== CLIENT_CLOSED) {
        console.error("failed to roll back client: " + e);
      }
    }
    try {
      await client.release();
    } catch (e) {
      if ((e || {}).message !== ALREADY_RELEASED) {
        throw e;
      }
    }
  }
}

module.exports = { acqrel };
