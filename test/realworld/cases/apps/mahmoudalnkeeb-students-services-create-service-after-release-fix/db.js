const { Pool } = require("pg");
const { dbUser, dbPass, dbHost, dbName } = require("./env");

let pool = new Pool({ user: dbUser, password: dbPass, host: dbHost, database: dbName });

module.exports = pool;
