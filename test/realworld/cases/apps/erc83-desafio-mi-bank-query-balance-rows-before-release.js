// Source: erc83/desafio-mi-bank — queryBalance.js (script body), reduced by hand, not copied
// Label: leak
// Why: when the query fails the callback only logs the error, then reads `results.rows` of an undefined result: the TypeError skips release()
const { Pool } = require("pg");

const pool = new Pool({ user: "bank", database: "mibanco" });

pool.connect((err, client, release) => {
  const text = "SELECT * FROM accounts WHERE balance = 20000";
  client.query(text, (err, results) => {
    if (err) console.log(err);
    console.log(results.rows);
    release();
    pool.end();
  });
});
