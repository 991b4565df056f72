// Second module of the case: the project's connection helper (api/api/Infra/db.js), reduced by hand, not copied.
// Its connect() makes one pool on the first call and returns a fresh checkout on every call.
async function connect() {
  if (global.connection) return global.connection.connect();

  const { Pool } = require("pg");
  const pool = new Pool({ host: "postgres", user: "postgres", database: "postgres" });
  global.connection = pool;
  return pool.connect();
}

module.exports = { connect };
