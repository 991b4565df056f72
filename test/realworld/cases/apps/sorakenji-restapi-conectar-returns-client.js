// Source: SoraKenji/restApi — repositorio/conexion.js (conectar), reduced by hand, not copied
// Label: hand-over
// Why: the helper returns the checked-out client; its callers in content.js release it
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "jsonPlaceHolder" });

const conectar = async () => {
  const client = await pool.connect();
  return client;
};

exports.conectar = conectar;
