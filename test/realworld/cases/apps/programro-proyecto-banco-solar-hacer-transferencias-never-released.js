// Source: ProgramRo/proyecto-banco-solar — consultas.js at bdc6a9f (hacerTransferencias), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the transfer's `pool.connect` callback ignores the connection error and the `release` it is given: neither the committed path nor the catch that rolls back and returns the error ever releases the client
const { Pool } = require("pg");

const pool = new Pool({ database: "bancosolar" });

const hacerTransferencias = async (datos) => {
  const descontar = { text: "UPDATE usuarios SET balance = balance - $1 WHERE id = $2 RETURNING *", values: [datos.monto, datos.emisor] };
  const acreditar = { text: "UPDATE usuarios SET balance = balance + $1 WHERE id = $2 RETURNING *", values: [datos.monto, datos.receptor] };
  pool.connect(async (errorConexion, client, release) => {
    try {
      await client.query("BEGIN");
      const descuento = await client.query(descontar);
      const acreditacion = await client.query(acreditar);
      console.log(descuento.rows[0], acreditacion.rows[0]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      console.log(error);
      return error;
    }
  });
};

module.exports = { hacerTransferencias };
