// Source: dreamcareer7/real-estate-server — lib/utils/db.js (getConnection), reduced by hand, not copied
// Label: hand-over
// Why: pool.connect's release (`_done`) is wrapped in a local `done` that calls `_done.apply(conn, …)`; after `SET application_name` the client and that `done` go to the caller's callback, and the SET's error branch calls `done()` first
const pg = require("pg");
const Context = require("../models/Context");

const pool = new pg.Pool({ max: 10, connectionString: process.env.DATABASE_URL });

function getConnection(cb) {
  pool.connect((err, conn, _done) => {
    if (err) {
      Context.log("✖ DB Connection");
      return cb(err);
    }

    const interval = setInterval(() => Context.log("Connection not released"), 30 * 1000);

    const done = (release) => {
      clearInterval(interval);
      _done.apply(conn, [release]);
    };

    const id = Context.getId() || "";
    conn.query(`SET application_name = '${id}'`, (err) => {
      if (err) {
        done();
        return cb(err);
      }
      cb(undefined, conn, done);
    });
  });
}

module.exports = { getConnection };
