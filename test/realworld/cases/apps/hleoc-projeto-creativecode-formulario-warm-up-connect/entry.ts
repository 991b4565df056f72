// Source: hleoc/Projeto-CreativeCode-Formulario — src/schemas/Connection.ts (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the warm-up client is released only after the awaited `SELECT NOW()`; when that query fails the module's exported promise rejects with the client still out
import checkout from "./checkout";

async function connect() {
  const { Pool } = require("pg");
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });

  const client = await pool.connect();
  console.log("Criou pool de conexões no PostgreSQL!");

  const res = await client.query("SELECT NOW()");
  console.log(res.rows[0]);
  client.release();

  return checkout(pool);
}

export default connect();
