// Source: erc83/desafio-mi-bank — index.js (newTrx), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client comes from `db.getClient()` (./db exports `getClient: () => pool.connect()`); the release follows the try/catch, and the catch's awaited ROLLBACK can throw (the connection that failed the transaction) and skip it
const db = require("./db");

async function newTrx(account, date, desc, amount) {
  const client = await db.getClient();
  const update = { text: "UPDATE accounts SET balance = balance - $1 WHERE id = $2 RETURNING *", values: [amount, account] };
  const insert = { text: "INSERT INTO trxs (description, date, amount, accountId) VALUES ($1, $2, $3, $4) RETURNING *", values: [desc, date, amount, account] };
  try {
    await client.query("BEGIN");
    const result = await client.query(insert);
    await client.query(update);
    await client.query("COMMIT");
    console.log("last transaction:", result.rows[0]);
  } catch (error) {
    await client.query("ROLLBACK");
    console.log(error);
  }
  client.release();
  db.end();
}

newTrx(process.argv[2], process.argv[3], process.argv[4], process.argv[5]);
