// Source: aleyire/bancosolar — src/consultas/editUsuario.js at 968c220 (editUsuario), reduced by hand, not copied
// Label: leak
// Why: the UPDATE that sets an account's name and balance runs in an un-awaited pool.connect callback whose try ends in `return result`; the `release()` after the try/catch runs only when the query fails, so every successful edit keeps its client
const { Pool } = require('pg');

const pool = new Pool({ user: 'postgres', host: 'localhost', database: 'bancosolar', port: 5432 });

const editUsuario = async (datos, id) => {
  pool.connect(async (_errorConexion, client, release) => {
    const consulta = {
      text: 'UPDATE usuarios SET nombre = $1, balance = $2 WHERE id = $3 RETURNING *',
      values: [...datos, id],
    };
    try {
      const result = await client.query(consulta);
      return result;
    } catch (error) {
      console.log(error.code);
    }
    release();
    pool.end();
  });
};

module.exports = editUsuario;
