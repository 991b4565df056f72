// Source: CristianTapia/M7-ABPRO_4 — queries.js (queryCuentas), reduced by hand, not copied
// Label: safe
// Why: the cursor's read callback closes the cursor and releases the client in the close callback; nothing between connect() and the read can throw
import pool from "./lib/db_connection.js";
import Cursor from "pg-cursor";

export async function queryCuentas() {
  try {
    const client = await pool.connect();
    const cursor = client.query(new Cursor("SELECT saldo FROM cuentas LIMIT 10"));
    cursor.read(100, (err, rows) => {
      console.table(rows);
      cursor.close(() => {
        client.release();
      });
    });
  } catch (err) {
    console.log(err);
  }
}
