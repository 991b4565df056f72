// Source: japananh/node-express-postgres-boilerplate — src/config/postgres.js (module IIFE), reduced by hand, not copied
// Label: safe
// Why: a single pg `Client` (not a Pool) connected once at start-up for the life of the process; a failed connect exits the process
const { Client } = require("pg");
const config = require("./config");
const logger = require("./logger");

let client;

(async function connectPostgres() {
  client = new Client(config.sqlDB);
  try {
    await client.connect();
    logger.info("Connect to postgres successfully");
    return client;
  } catch (error) {
    logger.error("Connect to postgres error");
    process.exit(1);
  }
})();

module.exports = { postgres: client };
