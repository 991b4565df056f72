// Source: soizhiwen/thingy-api-green — services/db-notification-views.js (dbUpdateNotificationViews, behind a Koa controller), reduced by hand, not copied
// Label: safe
// Why: the pool comes destructured from ./pg; the UPDATE and the SELECT run in a transaction inside try, the catch rolls back and returns a 500 result, and the finally releases
const { pool } = require("./pg");

async function dbUpdateNotificationViews(id) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query({
      text: "UPDATE notification_views SET viewed=$1 WHERE user_id=$2 AND viewed=$3;",
      values: [true, id, false],
    });
    const { rows } = await client.query({
      text: "SELECT n.*, nv.user_id, nv.viewed FROM notification_views AS nv JOIN notifications AS n ON nv.notification_id=n.id WHERE nv.user_id=$1;",
      values: [id],
    });
    await client.query("COMMIT");

    for (const row of rows) {
      row.viewed = row.viewed ? "Read" : "New";
    }

    return { status: 200, body: rows };
  } catch (err) {
    await client.query("ROLLBACK");
    return { status: 500, body: err };
  } finally {
    client.release();
  }
}

module.exports = {
  dbUpdateNotificationViews,
};
