// Source: Chrissy/outer-maps — db/genericQuery.js (query, the module de12513 moved the routes' checkouts onto), reduced by hand, not copied
// Label: safe
// Why: the connect callback throws only when there is no client, and the query callback calls `done()` before it throws or hands the rows to the caller
const pg = require("pg");

if (process.env.NODE_ENV == "production") pg.defaults.ssl = true;

const options = process.env.NODE_ENV == "production" ? { connectionString: process.env.DATABASE_URL } : {};

exports.pool = () => new pg.Pool(options);

exports.query = (sql, pool, cb) => {
  pool.connect(function (err, client, done) {
    if (err) throw err;
    client.query(sql, function (err, result) {
      done();
      if (err) throw err;
      cb(result);
    });
  });
};
