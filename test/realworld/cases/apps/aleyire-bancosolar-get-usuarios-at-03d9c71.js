// Source: aleyire/bancosolar — consultas.js at 03d9c71 (getUsuarios), reduced by hand, not copied
// Label: leak
// Why: the pool.connect callback's try ends in `return result.rows`, so the `release()` after the try/catch runs only when the query fails — every successful listing keeps its client
const { Pool } = require('pg');

const pool = new Pool({ user: 'postgres', host: 'localhost', database: 'bancosolar', port: 5432 });

const getUsuarios = async () => {
  await pool.connect(async (_errorConexion, client, release) => {
    try {
      const result = await pool.query('SELECT * FROM usuarios');
      return result.rows;
    } catch (error) {
      console.log(error.code);
    }
    release();
    pool.end();
  });
};

module.exports = { getUsuarios };
