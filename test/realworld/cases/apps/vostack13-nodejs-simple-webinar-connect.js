// Source: vostack13/nodejs-simple — 07-webinar-postgres/05-poll-connect.js (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `db` is the checked-out client; release follows the awaited query outside any finally
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "test", max: 20 });

async function connect() {
  const db = await pool.connect();
  const data = await db.query("SELECT * FROM students");
  console.log(data.rows);
  db.release();
  pool.end().then(() => console.log("Close pool"));
}

connect();
