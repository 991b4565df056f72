// Source: gusfel/QandA — DB/db.js at baf67dc (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a bare `pool.connect();` statement at start-up checks a client out that nothing ever releases
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "postgres", port: 5432 });

pool.connect();

module.exports = pool;
