// Source: yogensia/korean-lady-discord-bot — src/utils/pg.js at ef62835 (runQuery, "Refactor postgres methods for !birthday and !track commands", unchanged since), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: both branches start the query without waiting for it and `pg.release()` follows at once, so every command's query runs on a client the pool may already have handed to the next caller
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const runQuery = (query, values = false) => {
  return new Promise((resolve, reject) => {
    pool
      .connect()
      .then((pg) => {
        // only send parameters when there are some
        if (values) {
          pg.query(query, values)
            .then((res) => resolve(res))
            .catch((err) => new Error(err));
        } else {
          pg.query(query)
            .then((res) => resolve(res))
            .catch((err) => new Error(err));
        }

        pg.release();
      })
      .catch((err) => {
        reject(new Error(err));
      });
  });
};

const trackShowGet = (showSlug) => runQuery("SELECT * FROM tracked_shows WHERE show_slug = $1;", [showSlug]);

module.exports = { runQuery, trackShowGet };
