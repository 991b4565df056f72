const { Pool } = require("pg");

let pool = null;
if (process.env.DATABASE_URL) {
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
} else {
  pool = new Pool({ idleTimeoutMillis: 1000, connectionTimeoutMillis: 2000 });
}

exports.connectionPool = pool;
