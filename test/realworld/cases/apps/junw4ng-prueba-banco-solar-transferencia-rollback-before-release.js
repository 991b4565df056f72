// Source: JunW4ng/Prueba-Banco-Solar — transactions.js at 9789491 (transferencia), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the transfer's async `pool.connect` callback releases after its try/catch, not in a finally; the catch awaits ROLLBACK first, so when the ROLLBACK itself rejects (a broken connection) the callback's promise rejects unhandled and `release()` never runs
const { Pool } = require("pg");

const pool = new Pool({ database: "bancosolar" });

const registroTransferencias = async (datos) => {
  try {
    await pool.query("INSERT INTO transferencias (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, now())", datos);
  } catch (err) {
    console.log("registroTransferencia", err.code);
    return err;
  }
};

const transferencia = async (datos) => {
  pool.connect(async (err_conexion, client, release) => {
    if (err_conexion) return console.log(err_conexion.code);
    try {
      await registroTransferencias(datos);
      await client.query("BEGIN");
      await client.query({ text: "UPDATE usuarios SET balance = balance - $2 WHERE nombre = $1", values: [datos[0], datos[2]] });
      await client.query({ text: "UPDATE usuarios SET balance = balance + $2 WHERE nombre = $1", values: [datos[1], datos[2]] });
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      console.log("Error codigo: " + err.code);
      console.log("Detalle del error" + err.detail);
    }
    release();
    pool.end();
  });
};

module.exports = { transferencia };
