// Source: j7caiman/nodejs-sample-apps — promise_examples/select_from_table/example.js at 0415443 (selectStuffFromTable, 2016, pg ^4.4.3), reduced by hand, not copied
// Label: safe
// Why: pg 4's callback checkout wrapped in a native Promise: each path rejects or resolves and then calls done() (a connect error's done() is pg's no-op); resolve and reject do not throw
var pg = require("pg");

var selectStuffFromTable = function (tableName) {
  return new Promise(function (resolve, reject) {
    pg.connect("postgres://jon@localhost/class_example", function (err, client, done) {
      if (err) {
        reject(err);
        done();
        return;
      }

      client.query("select * from " + tableName, function (err, result) {
        if (err) {
          reject(err);
          done();
          return;
        }

        resolve(result.rows);
        done();
      });
    });
  });
};

selectStuffFromTable("hats").then(function (rows) {
  console.log(rows.length);
}, function (error) {
  console.log(error);
});
