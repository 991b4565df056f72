// Source: VSSThales/WorkScripts — src/database/select.js (listData) with src/database/db.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `db.connect()` is the helper that returns `pool.connect()`; the script awaits it only to make the pool, drops the checked-out client and never releases it
const db = require("./db");

async function listData() {
  await db.connect();
  let result;

  result = await db.query("SELECT * FROM equipe");
  console.log(result.rows);

  result = await db.query("SELECT * FROM jogos");
  console.log(result.rows);
}

listData();
