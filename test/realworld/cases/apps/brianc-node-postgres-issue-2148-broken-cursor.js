// Source: https://github.com/brianc/node-postgres/issues/2148 (the reporter's brokenCursor, "pg-cursor makes promises hang"), reduced by hand, not copied
// Label: safe
// Why: the read callback releases the client whatever the read returned; the thread's hang comes from releasing it with the cursor still open, not from a client that stays out
const Cursor = require("pg-cursor");
const { Pool } = require("pg");

const pool = new Pool({ max: 20, idleTimeoutMillis: 5000, connectionTimeoutMillis: 2000 });

function brokenCursor() {
  pool
    .connect()
    .then((client) => {
      const cursor = client.query(new Cursor("SELECT * FROM (VALUES (1), (2), (3)) AS result (data)"));
      cursor.read(1, (err, rows) => {
        console.log(rows);
        client.release();
      });
    })
    .catch((error) => {
      console.log(error);
    });
}

setTimeout(brokenCursor, 3000);
