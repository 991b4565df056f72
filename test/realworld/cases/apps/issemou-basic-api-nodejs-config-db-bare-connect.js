// Source: issemou/basic_api_nodejs — databases/configDB.js (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the config module calls `pool.connect()` at load and drops the promise: one client stays checked out for the life of the process, and a failed connect is an unhandled rejection
const { Pool, Client } = require("pg");

const pool = new Pool({ user: "dbuser", host: "database.server.com", database: "mydb", port: 3211 });
pool.connect();

const client = new Client({ user: "dbuser", host: "database.server.com", database: "mydb", port: 3211 });

export { pool, client };
