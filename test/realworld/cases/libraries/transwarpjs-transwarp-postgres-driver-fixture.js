// Source: transwarpjs/transwarp — test/fixtures/postgres.js at 2cbeed1 (connect, 2016-01, pg 4), reduced by hand, not copied
// Label: hand-over
// Why: the test driver's connect resolves `{ client, done }` from pg 4's pooled `pg.connect`; the driver's ping and exec take that promise and call done() (done(err) on a failed statement) in the query's callback
import _pg from "pg";

const pg = _pg.native;

export default {
  connect(dsn) {
    return new Promise((resolve, reject) => {
      pg.connect(dsn, (err, client, done) => {
        if (err) return reject(err);
        resolve({ client, done });
      });
    });
  },

  exec(conn, sql = "", values) {
    return conn.then(({ client, done }) => {
      return new Promise((resolve, reject) => {
        client.query(sql, values, (err, result) => {
          done(err);
          err ? reject(err) : resolve(result);
        });
      });
    });
  },
};
