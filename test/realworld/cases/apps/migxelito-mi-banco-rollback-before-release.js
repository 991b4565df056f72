// Source: Migxelito/Mi_Banco — index.js (nuevo), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows the inner try/catch; a failing ROLLBACK in the inner catch jumps to the outer catch, past the release and pool.end()
const { Pool } = require("pg");

const pool = new Pool();

const nuevo = async ({ id, saldo }) => {
  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const res = await client.query({ text: "INSERT INTO cuenta (id, saldo) VALUES ($1, $2) RETURNING *", values: [id, saldo] });
      console.log("Cuenta creada", res.rows);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      console.error("error message:", error.message);
    }
    client.release();
    pool.end();
  } catch (error) {
    console.log("error :>> ", error);
  }
};

nuevo({ id: process.argv[2], saldo: process.argv[3] });
