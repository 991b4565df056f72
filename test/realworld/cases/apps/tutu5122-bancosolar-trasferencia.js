// Source: tutu5122/BancoSolar — models/trasferencias.js (trasferencia), reduced by hand, not copied
// Label: safe
// Why: `let client` is assigned inside the try; "No hay saldo suficiente" returns before BEGIN, the transfer commits and returns, and the catch's ROLLBACK (a TypeError when the connect failed) still leaves the finally's `if (client) client.release()`
import pool from '../config/db.js';

export const trasferencia = async (emisor, receptor, monto) => {
  let client;
  try {
    client = await pool.connect();
    const emisorSql = await client.query('SELECT * from usuarios WHERE nombre=$1', [emisor]);
    const emisorRespuesta = emisorSql.rows[0];
    if (emisorRespuesta.balance >= monto) {
      const receptorSql = await client.query('SELECT * from usuarios WHERE nombre=$1', [receptor]);
      const receptorRespuesta = receptorSql.rows[0];
      await client.query('BEGIN');
      await client.query('INSERT INTO transferencias (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, $4)', [emisorRespuesta.id, receptorRespuesta.id, monto, new Date()]);
      await client.query('UPDATE usuarios SET balance = balance - $1 WHERE id = $2', [monto, emisorRespuesta.id]);
      await client.query('UPDATE usuarios SET balance = balance + $1 WHERE id = $2', [monto, receptorRespuesta.id]);
      await client.query('COMMIT');
      return 'Transferencia realizada con éxito';
    } else {
      return 'No hay saldo suficiente';
    }
  } catch (error) {
    await client.query('ROLLBACK');
    console.error('Error al realizar la traferencia:', error);
  } finally {
    if (client) {
      client.release();
    }
  }
};
