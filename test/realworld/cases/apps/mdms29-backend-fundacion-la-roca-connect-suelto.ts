// Source: MDMS29/BackEnd-Fundacion-La-Roca — config/db.ts at b343056 (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Colombian foundation's TypeScript back-end calls `pool.connect()` as a bare statement when the module loads and drops the client it resolves to (the project later moved to MySQL)
const { Pool } = require("pg");

const pool = new Pool({
  user: `postgres`,
  host: `localhost`,
  database: `db-fundacion-roca`,
  port: process.env.PGPORT,
});

pool.connect();

export default pool;
