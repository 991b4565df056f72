// Source: numtel/pg-live-select — src/common.es6 at eb823c5 (getClient, 2015-04-16, pg ^4.3.0), reduced by hand, not copied
// Label: hand-over
// Why: the promise wrapper resolves `{ client, done }` for its callers (the live-select class and the query helpers), which call done when they finish; a connect error rejects with no client
var pg = require("pg");

module.exports = exports = {
  getClient(connectionString) {
    return new Promise((resolve, reject) => {
      pg.connect(connectionString, (error, client, done) => {
        if (error) reject(error);
        else resolve({ client, done });
      });
    });
  },

  performQuery(client, query, params = []) {
    return new Promise((resolve, reject) => {
      client.query(query, params, (error, result) => {
        if (error) reject(error);
        else resolve(result);
      });
    });
  },
};
