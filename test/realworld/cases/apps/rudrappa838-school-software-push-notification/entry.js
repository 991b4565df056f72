// Source: Rudrappa838/school-software — backend/src/services/notificationService.js (sendPushNotification), reduced by hand, not copied
// Label: safe
// Why: a service function that resolves the recipient, stores the notification and sends it through Firebase on the client; the catch turns every failure into `false` and the finally releases
const { pool } = require("./db");
const { sendRealPush } = require("./firebase");

const sendPushNotification = async (recipientId, title, body, roleHint = null) => {
  const client = await pool.connect();
  try {
    let dbUserId = null;
    let role = roleHint;
    if (!role && typeof recipientId === "string" && recipientId.includes("_")) {
      const parts = recipientId.split("_");
      role = parts[0];
      recipientId = parts[1];
    }
    if (!role) role = "Student";

    if (role === "Student") {
      const res = await client.query("SELECT u.id FROM users u JOIN students s ON u.email = s.email WHERE s.id::text = $1", [String(recipientId)]);
      if (res.rows.length > 0) dbUserId = res.rows[0].id;
    } else if (role === "Teacher") {
      const res = await client.query("SELECT u.id FROM users u JOIN teachers t ON u.email = t.email WHERE t.id::text = $1", [String(recipientId)]);
      if (res.rows.length > 0) dbUserId = res.rows[0].id;
    }

    if (dbUserId) {
      await client.query("INSERT INTO notifications (user_id, title, message, type) VALUES ($1, $2, $3, $4)", [dbUserId, title, body, "ALERT"]);
      const tokenRes = await client.query("SELECT fcm_token FROM users WHERE id = $1", [dbUserId]);
      const token = tokenRes.rows[0]?.fcm_token;
      if (token) {
        await sendRealPush(token, title, body, { role });
      }
    } else {
      console.warn(`Could not resolve user for recipient ${recipientId}`);
    }
    return true;
  } catch (error) {
    console.error("Failed to send Push Notification:", error);
    return false;
  } finally {
    client.release();
  }
};

module.exports = { sendPushNotification };
