// Source: jayeshs999/ApplicationMonitor — backend/utils/transaction.js (tx), reduced by hand, not copied
// Label: safe
// Why: the transaction helper takes the pool as an argument; the inner catch rolls back (and swallows the error), the outer finally releases on every path
const tx = async (callback, pool) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    try {
      await callback(client);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
    }
  } finally {
    client.release();
  }
};

module.exports = tx;
