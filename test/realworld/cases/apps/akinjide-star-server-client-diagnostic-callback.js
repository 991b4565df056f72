// Source: akinjide/star-server — src/pg.js at c566c8a (client), reduced by hand, not copied
// Label: hand-over
// Why: a wrapper written "to debug connection leak": it takes the callback-style checkout, patches `client.query` to remember the last query, starts a 5-second timer, and passes the caller a `release(err)` that calls `done`, clears the timer and restores `query` — the caller's callback owns the client (on a failed checkout the destructuring of the missing client throws before any callback)
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const client = (callback) => {
  pool.connect((err, client, done) => {
    const { query } = client;

    client.query = (...args) => {
      client.lastQuery = args;
      return query.apply(client, args);
    };

    const timeout = setTimeout(() => {
      console.debug("client exceeded 5 seconds!");
      console.debug(`last executed query on client was: ${client.lastQuery}`);
    }, 5000);

    const release = (err) => {
      done(err);
      clearTimeout(timeout);
      client.query = query;
    };

    callback(err, client, release);
  });
};

module.exports = { client, pool };
