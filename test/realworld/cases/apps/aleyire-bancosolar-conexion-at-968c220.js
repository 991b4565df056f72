// Source: aleyire/bancosolar — src/conexion.js at 968c220 (conexion), reduced by hand, not copied
// Label: hand-over
// Why: the bank's connection helper builds a pool per call and returns its checked-out client to the caller (the catch only logs and rethrows a failed connect), which owns the release
const { Pool } = require('pg');

const conexion = async () => {
  const pool = new Pool({ user: 'postgres', host: 'localhost', database: 'bancosolar', port: 5432 });
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    console.log(error);
    throw error;
  }
};

module.exports = conexion;
