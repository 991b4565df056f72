const { Pool } = require('pg');

let pool;

function initializeConnection(server, next) {
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
  next();
}

exports.getClient = async function () {
  return await pool.connect();
};

exports.query = async function (SQL, args) {
  return pool.query(SQL, args);
};

exports.register = function (server, options, next) {
  server.ext('onPreStart', initializeConnection);
  next();
};
