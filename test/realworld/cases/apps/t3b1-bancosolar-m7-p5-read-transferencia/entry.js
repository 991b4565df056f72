// Source: t3b1/BancoSolar_M7_P5 — db/tranferenciaSQL.js at 5c0af09 (readTransferencia), reduced by hand, not copied
// Label: leak
// Why: the transfer listing returns its rows from inside the try, so the `client.release()` after the try/catch runs only when the query fails
const pool = require('./conexionDB.js');

async function readTransferencia() {
  const client = await pool.connect();
  try {
    const respuesta = await client.query({
      text: 'select transferencias.id, emisores.nombre, receptores.nombre, monto, fecha from transferencias join usuarios as emisores on emisor = emisores.id join usuarios as receptores on receptor = receptores.id',
      rowMode: 'array',
    });
    return respuesta.rows.map((data) => Object.values(data));
  } catch (error) {
    console.log(error);
  }
  client.release();
}

module.exports = { readTransferencia };
