// Source: AI-APP-FREELANCER/soliflextransportwebandmobile — backend/services/postgresDatabaseService.js (withOrderTransaction), reduced by hand, not copied
// Label: safe
// Why: the order row is locked FOR UPDATE and a caller's mutateFn runs under the lock; the early `return null`s after a ROLLBACK and the throw after a swallowed ROLLBACK all pass through the finally that releases
const { getPool } = require('./pool');
const { getOrderByIdForUpdate, writeOrder } = require('./orders');

async function withOrderTransaction(orderId, mutateFn) {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query('begin');
    const order = await getOrderByIdForUpdate(orderId, client);
    if (!order) {
      await client.query('rollback');
      return null;
    }
    const mutated = await mutateFn(order);
    if (!mutated) {
      await client.query('rollback');
      return null;
    }
    const written = await writeOrder(mutated, client);
    await client.query('commit');
    return written;
  } catch (err) {
    try {
      await client.query('rollback');
    } catch (_) {}
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { withOrderTransaction };
