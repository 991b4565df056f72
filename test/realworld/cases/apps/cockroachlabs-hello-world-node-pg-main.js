// Source: cockroachlabs/hello-world-node-pg — app.js at fa7a3fe (the async IIFE that runs the sample's transactions; the sample CockroachDB's node-postgres tutorial clones), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is never released: success ends in `process.exit()`, and when `retryTxn` throws ("Max retry count reached.", or the callback's `throw err`) the IIFE's `.catch` only logs while the client stays checked out and the process hangs on the pool; `async function retryTxn(n, max, client, operation` is in 10+ stored repositories (Express apps among them that check out per request the same way)
const { Pool } = require("pg");

const pool = new Pool({ user: "max", host: "localhost", database: "bank", port: 26257 });

async function retryTxn(n, max, client, operation, callback) {
  await client.query("BEGIN;");
  while (true) {
    n++;
    if (n === max) {
      throw new Error("Max retry count reached.");
    }
    try {
      await operation(client, callback);
      await client.query("COMMIT;");
      return;
    } catch (err) {
      if (err.code !== "40001") {
        return callback(err);
      }
      await client.query("ROLLBACK;");
      await new Promise((r) => setTimeout(r, 2 ** n * 1000));
    }
  }
}

async function initTable(client, callback) {
  await client.query("CREATE TABLE IF NOT EXISTS accounts (id INT PRIMARY KEY, balance INT);", callback);
  await client.query("SELECT id, balance FROM accounts;", callback);
}

(async () => {
  const client = await pool.connect();

  function cb(err, res) {
    if (err) throw err;
    res.rows.forEach((row) => console.log(row));
  }

  console.log("Initializing table...");
  await retryTxn(0, 15, client, initTable, cb);

  process.exit();
})().catch((err) => console.log(err.stack));
