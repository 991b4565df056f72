// Source: summer4096/simple-postgres — src/index.js (connect, inside the interface factory), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned as a [client, release] pair to withConnection, which calls the release after the work settles, on success and on error
const pg = require("pg");

function withConnection(connection, work) {
  let done;
  return connection
    .then(function onConnect(conn) {
      done = conn[1];
      return work(conn[0]);
    })
    .then(function onResult(result) {
      done();
      return result;
    })
    .catch(function onError(err) {
      if (done) done(err);
      throw err;
    });
}

function makeInterface(server, handleError) {
  let _pool;
  function pool() {
    if (!_pool) _pool = Promise.resolve(new pg.Pool(server));
    return _pool;
  }

  function connect() {
    return pool()
      .then((p) => p.connect())
      .then((client) => {
        if (typeof client.__simplePostgresOnError === "undefined") {
          client.__simplePostgresOnError = true;
          client.on("error", (...args) => handleError(...args));
        }
        return [client, client.release.bind(client)];
      });
  }

  return {
    query(sql) {
      return withConnection(connect(), (client) => client.query(sql));
    },
  };
}

module.exports = makeInterface;
