// Source: Zemke/worms-league — api/tx.js (tx), reduced by hand, not copied
// Label: safe
// Why: begin/fn/commit in try, rollback in catch, release in finally
async function inTransaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { inTransaction };
