// Source: CartoDB/node-cartodb-psql — lib/psql.js (PSQL.query), reduced by hand, not copied
// Label: safe
// Why: the checkout's client runs a list of statements through a recursive helper whose callback is called on every path (an error, or the last result); that callback calls `done(err)` first, so the client goes back (destroyed on error) whatever happens
// me.connect (not shown) checks a client out of pg's module-level pool for `connectionParams`.
function PSQL(connectionParams) {
  const me = Object.create(PSQL.prototype);
  me.params = connectionParams;

  function queryArray(client, sql, params, callback) {
    client.query(sql[0], params, (err, result) => {
      sql.shift();
      if (err) {
        return callback(err);
      }
      if (sql.length === 0) {
        return callback(err, result);
      }
      return queryArray(client, sql, params, callback);
    });
  }

  me.query = function (sql, params, callback, readonly, timeout) {
    this.connect(function (err, client, done) {
      if (err) {
        return callback(err);
      }
      if (readonly) {
        sql = `SET TRANSACTION READ ONLY; ${sql}`;
      }
      const statements = [sql];
      if (timeout !== undefined) {
        statements.unshift(`SET statement_timeout=${timeout};`);
      }
      queryArray(client, statements, params, (err, result) => {
        done(err);
        return callback(err, result);
      });
    });
  };

  return me;
}

module.exports = PSQL;
