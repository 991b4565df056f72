// Source: t3b1/BancoSolar_M7_P5 — db/tranferenciaSQL.js at 5c0af09 (module scope), reduced by hand, not copied
// Label: leak
// Why: at load the module checks the database with `pool.connect(err => …)`, a callback that takes only the error — the client pg checks out for it is never released (the same probe opens db/cosultaSQL.js), holding one of the pool's six slots for the process's life
const pool = require('./conexionDB.js');

pool.connect((err) => {
  if (err) {
    console.log(`error al conectar a la base de datos ${err}`);
  }
});

async function readTransferencias() {
  const respuesta = await pool.query('select * from transferencias');
  return respuesta.rows;
}

module.exports = { readTransferencias };
