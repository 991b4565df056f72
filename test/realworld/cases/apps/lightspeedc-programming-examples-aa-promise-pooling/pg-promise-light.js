// Second module of the case: ex03-aa-promise/pg-promise-light.js, reduced by hand — pg 4's pg.connect wrapped in a promise
var pg = require("pg");

module.exports = {
  pg: pg,
  connect: function (connStr) {
    return new Promise(function (resolve, reject) {
      pg.connect(connStr, function (err, client, done) {
        if (err) return reject(err);
        resolve({
          client: client,
          done: done,
          query: function (sql, params) {
            return new Promise(function (resolve, reject) {
              client.query(sql, params, function (err, result) {
                if (err) return reject(err);
                resolve(result);
              });
            });
          },
        });
      });
    });
  },
  end: pg.end.bind(pg),
};
