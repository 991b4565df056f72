// Source: https://github.com/brianc/node-postgres/issues/2282 (the reporter's start-up code, "pool.connect() hangs indefinitely"; the hang was pg 7 on Node 14), reduced by hand, not copied
// Label: safe
// Why: the start-up check logs either way and calls `done(err)` on every path, so a client it got goes back (or is destroyed when there was an error); the reported hang is the driver, not a leak
const { Pool } = require("pg");
const logger = require("./logger");

let pool;

module.exports = {
  init() {
    pool = new Pool({ connectionString: process.env.POSTGRES_CONNECTION_URI });
    pool.connect((err, client, done) => {
      if (err) logger.error("Error connecting to Postgres", err);
      else logger.info("Server connected to Postgres");
      done(err);
    });
    pool.on("error", (err) => {
      logger.error("Postgres err: ", err);
    });
  },
};
