// Source: https://github.com/brianc/node-postgres/issues/1445 (the reporter's userNameData), reduced by hand, not copied
// Label: safe
// Why: the failing first query calls done(err); otherwise `done` itself is the callback of the UPDATE, which releases when it completes
const { Pool } = require("pg");

const pool = new Pool();

module.exports = {
  userNameData(userId, nameData) {
    pool.connect(function (err, client, done) {
      if (err) {
        return console.error("Error acquiring client", err.stack);
      }
      client.query("SELECT id FROM user_data WHERE fb_id = $1 LIMIT 1", [userId], function (queryError, result) {
        if (queryError) {
          console.log("Query error: " + queryError);
          done(queryError);
        } else {
          console.log("rows: " + result.rows.length);
          client.query("UPDATE user_data SET name_data = $2 WHERE fb_id = $1", [userId, nameData], done);
        }
      });
    });
  },
};
