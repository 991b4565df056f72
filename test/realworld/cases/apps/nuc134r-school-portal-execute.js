// Source: nuc134r/school-portal — src/database/postgre-pool.js (execute), reduced by hand, not copied
// Label: hand-over
// Why: an async.waterfall step: the connect callback passes the client and `done` to the next step, which releases in its query callback
let pg = require("pg");
let async = require("async");
let config = require("../../config");

let pool = new pg.Pool(Object.assign({}, config.db));

function execute(script) {
  return new Promise((resolve, reject) => {
    async.waterfall(
      [
        (callback) => {
          pool.connect((err, client, done) => {
            if (err) {
              console.log("error fetching client from pool");
            }
            callback(err, client, done);
          });
        },
        (client, done, callback) => {
          client.query(script, (err, result) => {
            callback(err, result);
            done();
          });
        },
      ],
      (err, result) => {
        if (err) {
          reject(err);
        } else {
          resolve(result.rows);
        }
      },
    );
  });
}

module.exports.execute = execute;
