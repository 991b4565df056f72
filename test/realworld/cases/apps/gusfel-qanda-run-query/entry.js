// Source: gusfel/QandA — controller/controller.js (runQuery), reduced by hand, not copied
// Label: safe
// Why: a connect error calls back with no client; otherwise done() is the first call of the query callback
const db = require("./db.js");

const runQuery = (query, callback) => {
  db.connect((err, client, done) => {
    if (err) {
      callback(err);
    } else {
      client.query(query, (queryError, response) => {
        done();
        if (queryError) {
          callback(queryError);
        } else {
          callback(null, response);
        }
      });
    }
  });
};

module.exports = { runQuery };
