// Source: dilshadmustafa/myshop-mern — test/test3.js (the same test after moving the pool into a singleton class, test/crdbpool.js), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool now comes from `new CrDbPool().getPool()`, a singleton class of a local module wrapping `new Pool(…)`; the checked-out client is still never released
const { CrDbPool } = require("./crdbpool");

(async () => {
  const pool = new CrDbPool().getPool();
  const pool2 = new CrDbPool().getPool();
  if (pool === pool2) console.log("Same pool");

  const client = await pool.connect();

  let result;
  client.query("SELECT * FROM bank.accounts", (err, res) => {
    if (err) throw err;
    console.table(res.rows);
    result = res.rows;
  });
})().catch((err) => console.log(err.stack));
