// Source: soizhiwen/thingy-api-green — services/db-notifications.js (dbCreateNotification) and its Koa controller controllers/notifications-controller.js (createNotification), reduced by hand, not copied
// Label: safe
// Why: the Koa route's service checks out of the pool destructured from ./pg; the insert, the users lookup and the fan-out insert run in a transaction inside try, the catch rolls back and answers 501, the finally releases
const format = require("pg-format");
const { pool } = require("./pg");
const router = require("koa-router")();

async function dbCreateNotification(params) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const resNotifications = await client.query({
      text: "INSERT INTO notifications(message, timestamp, plant_id) VALUES ($1, $2, $3) RETURNING *;",
      values: [params.message, params.timestamp, params.plant_id],
    });
    const resUsers = await client.query("SELECT id FROM users;");
    const values = resUsers.rows.map((row) => [resNotifications.rows[0].id, row.id]);
    await client.query(format("INSERT INTO notification_views(notification_id, user_id) VALUES %L", values));
    await client.query("COMMIT");
    return { status: 201, body: resNotifications.rows[0] };
  } catch (err) {
    await client.query("ROLLBACK");
    return { status: 501, body: err };
  } finally {
    client.release();
  }
}

async function createNotification(ctx) {
  const { status, body } = await dbCreateNotification(ctx.request.body);
  ctx.body = body;
  ctx.status = status;
}

router.post("/notifications/", createNotification);

module.exports = router;
