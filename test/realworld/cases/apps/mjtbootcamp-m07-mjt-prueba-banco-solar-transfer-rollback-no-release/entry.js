// Source: mjtBootcamp/M07-MJT-Prueba-Banco-Solar — db/consultas.js at 318eaf5 (the transfer function), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a bootcamp's module-7 exam solution releases only after COMMIT; the inner catch rolls back and returns false without releasing, so every failed transfer (an overdraft check, a bad id) keeps a client checked out
const { pool } = require("./genera-pool");

const transferir = async (idEmisor, idReceptor, monto) => {
  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO transferencia (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, now())", [idEmisor, idReceptor, monto]);
      await client.query("UPDATE usuario SET balance = balance + $1 WHERE id = $2", [monto, idReceptor]);
      await client.query("UPDATE usuario SET balance = balance - $1 WHERE id = $2", [monto, idEmisor]);
      await client.query("COMMIT");
      client.release();
      return true;
    } catch (error) {
      await client.query("ROLLBACK");
      return false;
    }
  } catch (error) {
    throw error;
  }
};

module.exports = { transferir };
