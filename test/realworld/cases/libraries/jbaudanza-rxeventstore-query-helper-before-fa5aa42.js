// Source: jbaudanza/rxeventstore — src/database/pg.js at fa5aa42^ (the module's `query(pool, sql, args)` helper, removed by "Fix connection pool leaks" for `pool.query`), reduced by hand, not copied
// Label: safe
// Why: the helper starts the query and releases the client when its promise settles either way (`p.then(done, error)`), returning the query's promise to the caller
import Pool from "pg-pool";

export function createPool(config) {
  return new Pool(config);
}

export function query(pool, sql, args) {
  return pool.connect().then(function (client) {
    const p = client.query(sql, args);
    function done() {
      client.release();
    }
    function error(err) {
      done();
      throw err;
    }

    p.then(done, error);

    return p;
  });
}
