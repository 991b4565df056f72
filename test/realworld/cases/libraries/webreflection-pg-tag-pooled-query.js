// Source: WebReflection/pg-tag — esm/index.js at 57a6bea (query, PR #1 "Use pg.Pool instead of pg.Client": "connecting each time, and releasing the client after each query"), reduced by hand, not copied
// Label: safe
// Why: the query's promise releases the client in both its fulfilment and its rejection handler (the rejection one rethrows)
const uid = "\u{1F418}" + Date.now();
const re = new RegExp(uid, "g");
const filled = (t, i) => t.join(uid).replace(re, () => "$" + i++);

const query = (pool, t, data) =>
  pool.connect().then((client) =>
    client.query(t.length === 1 ? t[0] : filled(t, 1), data).then(
      ($) => (client.release(), $),
      (_) => (client.release(), Promise.reject(_)),
    ),
  );

export default (pool) => ({
  pool,
  all: (t, ...data) => query(pool, t, data).then(($) => $.rows),
  get: (t, ...data) => query(pool, t, data).then(($) => $.rows.shift()),
  query: (t, ...data) => query(pool, t, data),
});
