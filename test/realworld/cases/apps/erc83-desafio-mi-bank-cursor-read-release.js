// Source: erc83/desafio-mi-bank — cursor.js (script body), reduced by hand, not copied
// Label: safe
// Why: the cursor's read callback closes it and releases the client on every path (a connect error only logs, and the client is then undefined)
const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool({ user: "bank", database: "mibanco" });

pool.connect((err, client, release) => {
  if (err) console.log(err);
  const cursor = new Cursor("SELECT * FROM accounts");
  client.query(cursor);
  cursor.read(10, (err, rows) => {
    console.log(rows);
    cursor.close();
    release();
    pool.end();
  });
});
