// Source: Ashwin-DevAsh/rMart-Backend — Mart/Services/NotificationServices.js at 50c7a8d (sendNotificationToAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the push-notification sender reads the user's FCM token and releases afterwards with no try: a failed query, or `.rows[0].fcmtoken` on a user with no row (a TypeError), skips the release
const FCM = require("fcm-node");
const clientDetails = require("../Database/ClientDetails");
const { Pool } = require("pg");

var pool = new Pool(clientDetails);

module.exports = async function sendNotificationToAll(userID, data) {
  var postgres = await pool.connect();
  var fcmToken = (await postgres.query("select fcmtoken from users where id = $1", [userID])).rows[0].fcmtoken;
  await postgres.release();

  var fcm = new FCM(process.env.FCM_KEY);
  var message = { to: fcmToken, data: { type: data } };
  fcm.send(message, function (err, response) {
    if (err) {
      console.log("Something has gone wrong!", err);
    } else {
      console.log("Successfully sent with response: ", response);
    }
  });
};
