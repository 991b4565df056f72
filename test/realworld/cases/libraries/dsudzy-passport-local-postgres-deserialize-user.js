// Source: dsudzy/passport-local-postgres — index.js at f9e0486 (postgresLocal's deserializeUser), reduced by hand, not copied
// Label: safe
// Why: deserializeUser checks a client out with `(err, client, release)`, and the query callback calls `client.release()` first, before passport's `cb` on both the error and the success path
function postgresLocal(pool) {
  const self = this;
  self.pool = pool;

  this.serializeUser = function (user, done) {
    done(null, user.id);
  };

  this.deserializeUser = function (id, cb) {
    self.pool.connect((err, client, release) => {
      if (err) {
        console.log("Error acquiring client", err.stack);
        return cb(err);
      }
      client.query("SELECT id, username FROM users WHERE id = $1", [parseInt(id, 10)], (err, results) => {
        client.release();
        if (err) {
          return cb(err);
        }
        cb(null, results.rows[0]);
      });
    });
  };

  return this;
}

module.exports = postgresLocal;
