// Source: MacarenaQuijadaG/Banco-Solar — config/consultas.js at 8989fb0 (realizarTransferencia), reduced by hand, not copied
// Label: safe
// Why: the "Banco Solar" transfer in node-postgres's documented shape: checkout before the try, BEGIN…COMMIT and the returned row inside it, ROLLBACK and rethrow in the catch, release in the finally
const { Pool } = require("pg");

const pool = new Pool({ database: "bancosolar" });

const realizarTransferencia = async (emisor, receptor, monto) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE usuarios SET balance = balance - $1 WHERE id = $2", [monto, emisor]);
    await client.query("UPDATE usuarios SET balance = balance + $1 WHERE id = $2", [monto, receptor]);
    const result = await client.query(
      "INSERT INTO transferencias (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, NOW()) RETURNING *",
      [emisor, receptor, monto]
    );
    await client.query("COMMIT");
    return result.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};

module.exports = { realizarTransferencia };
