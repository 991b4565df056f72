// Second module of the case: the project's connection helper (src/database/db.js), reduced by hand, not copied.
// connect() warms a new pool up once and returns a fresh checkout from it on every call.
async function connect() {
  if (global.connection) return global.connection.connect();

  const { Pool } = require("pg");
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  global.connection = pool;
  return pool.connect();
}

async function query(text) {
  return global.connection.query(text);
}

module.exports = { connect, query };
