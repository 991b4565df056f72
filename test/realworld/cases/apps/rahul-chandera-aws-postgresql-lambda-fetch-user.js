// Source: Rahul-Chandera/AWS-PostgreSQL — index.js (exports.handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the callback-style query is only sent when `client.release()` runs on the next line: the client goes back to the pool with its query still running
exports.handler = function (event, context, callback) {
  const { Pool } = require("pg");
  const pool = new Pool({ database: "app", host: process.env.DB_HOST });

  pool
    .connect()
    .then((client) => {
      const query = { name: "fetch-user", text: "SELECT * FROM users WHERE user_id = $1", values: [event.userId], rowMode: "array" };
      client.query(query, (err, res) => {
        if (err) {
          console.log(err.stack);
        } else {
          res.rows.forEach((row) => console.log(row));
        }
      });
      client.release();
      callback(null, "Success");
    })
    .catch((err) => {
      console.log(`Error ${err.stack}`);
      callback(null, "Failed");
    });
};
