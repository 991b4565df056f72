// Source: joc766/NodeExpenses — server/models/expenseModel.js (deleteExpense), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: BEGIN, three DELETEs and COMMIT are all sent without await, so the finally releases the client while they are still queued on it
const pool = require("./db");

async function deleteExpense(expenseID) {
  const client = await pool.connect();
  try {
    client.query("BEGIN");
    client.query('DELETE FROM "Dues" WHERE "expenseID" = $1;', [expenseID]);
    client.query('DELETE FROM "Group_Expenses" WHERE "expenseID" = $1;', [expenseID]);
    client.query('DELETE FROM "Expenses" WHERE "expenseID" = $1;', [expenseID]);
    client.query("COMMIT");
  } catch (err) {
    client.query("ROLLBACK");
  } finally {
    client.release();
  }
}

module.exports = { deleteExpense };
