// Source: CristianTapia/M7-ABPRO_4 — queries.js (module body and queryInsertar), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the CLI checks out a client at module load but only the "insertar" command's function releases it; the "ver" command never does, so the script holds it and never exits
import pool from "./lib/db_connection.js";
import { argv } from "node:process";

const client = await pool.connect();

async function queryInsertar(text, ...values) {
  try {
    const result = await client.query(text, values);
    console.table(result.rows);
  } catch (err) {
    console.log("Error", err);
  } finally {
    client.release();
  }
}

async function queryCuentas() {
  const { rows } = await pool.query("SELECT saldo FROM cuentas LIMIT 10");
  console.table(rows);
}

if (argv[2] == "insertar") {
  queryInsertar("INSERT INTO transacciones (descripcion, monto) VALUES ($1, $2) RETURNING *", argv[3], argv[4]);
}

if (argv[2] == "ver") {
  queryCuentas();
}
