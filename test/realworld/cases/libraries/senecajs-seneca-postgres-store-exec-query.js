// Source: senecajs/seneca-postgres-store — postgresql-store.js at 7bb1b52 (execQuery, "Upgrade the node-pg driver"), reduced by hand, not copied
// Label: safe
// Why: the empty-query check throws before the checkout; the one query runs in a try whose finally releases
"use strict";

const Pg = require("pg");

module.exports = function postgresStore(options) {
  const dbPool = new Pg.Pool(options);

  async function execQuery(query) {
    if (!query) {
      throw new Error("An empty query is not a valid query");
    }

    const client = await dbPool.connect();
    let result;
    try {
      result = await client.query(query);
    } finally {
      client.release();
    }
    return result;
  }

  return { execQuery, close: (args, done) => dbPool.end().then(done).catch(done) };
};
