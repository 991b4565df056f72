// Source: t3b1/BancoSolar_M7_P5 — db/tranferenciaSQL.js at 5c0af09 (createTransferencia) and funcionValidar.js, reduced by hand, not copied
// Label: leak
// Why: between the checkout and the try the amount is validated, both accounts are read and `validarMonto` throws 'el monto es mayor a su balance' when the sender's balance is short — every rejected transfer keeps its client
const pool = require('./conexionDB.js');
const { validarIngreso, validarMonto, validarCliente, sumaMonto, restaMonto } = require('./funcionValidar.js');

async function createTransferencia(emisor, receptor, monto) {
  const client = await pool.connect();
  validarIngreso(monto);
  const objEmisor = await client.query('select * from usuarios where nombre=$1', [emisor]),
    objReceptor = await client.query('select * from usuarios where nombre=$1', [receptor]);

  validarMonto(objEmisor, monto);
  validarCliente(objEmisor, objReceptor);

  try {
    await client.query('update usuarios set balance=$1 where id=$2', [restaMonto(objEmisor, monto), objEmisor.rows[0].id]);
    await client.query('update usuarios set balance=$1 where id=$2', [sumaMonto(objReceptor, monto), objReceptor.rows[0].id]);
    await client.query('insert into transferencias (emisor, receptor, monto) values ($1,$2,$3)', [objEmisor.rows[0].id, objReceptor.rows[0].id, monto]);
  } catch (error) {
    console.log(error);
  }
  client.release();
}

module.exports = { createTransferencia };
