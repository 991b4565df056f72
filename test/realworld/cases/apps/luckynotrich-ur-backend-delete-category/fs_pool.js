const { Pool } = require("pg");

let pool;
module.exports = {
  getPool() {
    if (pool) return pool;
    pool = new Pool({ max: 10, idleTimeoutMillis: 30000 });
    return pool;
  },
};
