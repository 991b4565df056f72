// Source: Migxelito/Mi_Banco — index.js (consultaSaldoporid), reduced by hand, not copied
// Label: safe
// Why: every await between connect() and the release sits in nested try blocks whose catches only log, so the release after them always runs
const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool();

const consultaSaldoporid = async ({ id }) => {
  try {
    const client = await pool.connect();
    try {
      const cursor = await client.query(new Cursor("SELECT id, saldo FROM cuenta WHERE id = $1", [id]));
      try {
        const rows = await cursor.read(10);
        console.log(rows);
        try {
          await cursor.close();
        } catch (error) {
          console.log("error :>> ", error);
        }
      } catch (error) {
        console.log("error :>> ", error);
      }
    } catch (error) {
      console.log("error :>> ", error);
      console.error(error.message);
    }
    client.release();
    pool.end();
  } catch (error) {
    console.log("error :>> ", error);
  }
};

consultaSaldoporid({ id: process.argv[2] });
