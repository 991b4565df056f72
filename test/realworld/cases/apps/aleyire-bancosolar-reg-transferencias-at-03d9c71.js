// Source: aleyire/bancosolar — transferencias.js at 03d9c71 (regTransferencias), reduced by hand, not copied
// Label: leak
// Why: a transfer debits one balance and credits the other inside an async pool.connect callback that ignores the connection error; `release()` follows the try/catch with no finally, so a ROLLBACK that rejects in the catch skips it
const { Pool } = require('pg');

const pool = new Pool({ user: 'postgres', host: 'localhost', database: 'bancosolar', port: 5432 });

const regTransferencias = async (pool, id, monto, id2, emisor, receptor, fecha) => {
  await pool.connect(async (_errorConexion, client, release) => {
    try {
      await client.query('BEGIN');
      const descuento = await client.query({
        name: 'descontar',
        text: 'UPDATE usuarios SET balance = balance - $2 WHERE id = $1 RETURNING *',
        values: [id, monto],
      });
      const acreditacion = await client.query({
        name: 'acreditar',
        text: 'UPDATE usuarios SET balance = balance + $2 WHERE id = $1 RETURNING *',
        values: [id2, monto],
      });
      await client.query({
        name: 'transacciones',
        text: 'INSERT INTO tranferencias (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, $4) RETURNING *',
        values: [emisor, receptor, monto, fecha],
      });
      console.log('Descuento: ', descuento.rows[0], 'Acreditación: ', acreditacion.rows[0]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      console.log('Error: ', error);
    }
    release();
    pool.end();
  });
};

module.exports = { regTransferencias, pool };
