// Source: mariofbrito1/server-grupo-mr-prod — src/dbHelper.js at c5b50fc (withConnection), reduced by hand, not copied
// Label: safe
// Why: a business server's own `withConnection` helper (Spanish comments) lends the client to a callback and releases it in a finally, returning the awaited result
const pool = require("./pool");

/* asegura la gestión de las conexiones */
const withConnection = async (callback) => {
  const client = await pool.connect();
  try {
    return await callback(client);
  } finally {
    client.release(); // SIEMPRE liberar la conexión
  }
};

module.exports = { pool, withConnection };
