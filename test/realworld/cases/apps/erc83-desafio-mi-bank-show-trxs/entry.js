// Source: erc83/desafio-mi-bank — index.js (showTrxs), reduced by hand, not copied
// Label: safe
// Why: the cursor (`new db.Cursor(…)`, pg-cursor re-exported by ./db) is built and handed to `client.query` at once, and its read callback releases the client on every path (an error is only logged)
const db = require("./db");

async function showTrxs(account) {
  const client = await db.getClient();
  const cursor = new db.Cursor(`SELECT * FROM trxs WHERE accountId = ${account}`);
  client.query(cursor);
  cursor.read(10, (err, rows) => {
    if (err) console.log(err);
    console.log(`last 10 transactions of account ${account}:`, rows);
    client.release();
    db.end();
  });
}

showTrxs(process.argv[2]);
