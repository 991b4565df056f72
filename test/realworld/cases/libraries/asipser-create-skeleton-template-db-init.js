// Source: asipser/create-skeleton — template/server/db.js at d7baaee (init, the `{{^nosql}}` branch the create-skeleton CLI renders for a Postgres project), reduced by hand, not copied
// Label: safe
// Why: the generated server's db module probes its new pool with a callback checkout and calls `done(err)` on both paths — the client goes back at once after the log line, and on a failed connect `done` is pg-pool's no-op
const { Pool } = require("pg");

let pool;

module.exports = {
  pool,
  init: () => {
    const connectionString = process.env.POSTGRES_CONNECTION_URI;
    pool = new Pool({ connectionString });
    pool.connect((err, client, done) => {
      if (err) console.error("Error connecting to Postgres", err);
      else console.info("Server connected to Postgres");
      done(err);
    });
    pool.on("error", function (err) {
      console.error("Postgres err: ", err);
    });
  },
  query: (text, params) => {
    return pool.query(text, params);
  },
};
