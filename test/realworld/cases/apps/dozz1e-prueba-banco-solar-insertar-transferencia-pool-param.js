// Source: dozz1e/Prueba---Banco-Solar — modulos/transferencias/index.js at 1218de8 (insertarTransferencia), reduced by hand, not copied
// Label: safe
// Why: the pool arrives as a parameter; inside the inner try the transfer commits, or rolls back when the balance is short and returns false, the catch rolls back and returns false, and the inner finally releases on every path; the outer catch only builds an unused arrow
const insertarTransferencia = async (datos, pool) => {
  try {
    const client = await pool.connect();
    let visual = true;
    try {
      await client.query("BEGIN");
      await client.query({
        text: "INSERT INTO transferencias (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, $4) RETURNING *",
        values: [...datos, new Date().toISOString()],
      });
      const resp = await client.query("SELECT balance FROM usuarios WHERE id = $1", [datos[0]]);
      if (resp.rows[0].balance >= datos[2]) {
        await client.query("UPDATE usuarios SET balance = balance - $1 WHERE id = $2", [datos[2], datos[0]]);
        await client.query("UPDATE usuarios SET balance = balance + $1 WHERE id = $2", [datos[2], datos[1]]);
        await client.query("COMMIT");
      } else {
        await client.query("ROLLBACK");
        visual = false;
        console.log("amount exceeds the balance");
      }
      return visual;
    } catch (e) {
      await client.query("ROLLBACK");
      return false;
    } finally {
      client.release();
    }
  } catch (e) {
    (e) => console.error(e.stack);
  }
};

module.exports = { insertarTransferencia };
