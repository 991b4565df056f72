// Source: joc766/NodeExpenses — server/models/groupModel.js (deleteGroup), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the catch sends ROLLBACK without await and rethrows, so the finally hands the client back to the pool while the ROLLBACK is still running on it
const pool = require("./db");

async function deleteGroup(groupID) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const removed = await client.query('DELETE FROM "Group_Expenses" WHERE "groupID" = $1 RETURNING "expenseID";', [groupID]);
    const expenseIds = removed.rows.map((row) => row.expenseID);
    await client.query('DELETE FROM "Dues" WHERE "expenseID" = ANY($1);', [expenseIds]);
    await client.query('DELETE FROM "Groups" WHERE "groupID" = $1;', [groupID]);
    await client.query("COMMIT");
  } catch (err) {
    client.query("ROLLBACK");
    console.error("Error deleting group:", err);
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { deleteGroup };
