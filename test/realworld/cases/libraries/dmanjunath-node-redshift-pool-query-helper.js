// Source: dmanjunath/node-redshift — lib/query.js (_queryHelper, runQuery), reduced by hand, not copied
// Label: safe
// Why: on a connect error `done` is called at once; otherwise `done` goes to runQuery of the same file, whose query callback calls it before settling
function runQuery(that, client, text, params, resolve, reject, done) {
  client.query(text, params, function (err, data) {
    if (that.connectionType === "pool") {
      done(client);
    }
    if (err) {
      reject(err);
    } else {
      resolve(data);
    }
  });
}

function queryHelper(that, text, params) {
  return new Promise(function (resolve, reject) {
    if (that.connectionType === "client") {
      runQuery(that, that.client, text, params, resolve, reject);
    } else if (that.connectionType === "pool") {
      that.pool.connect(function (err, client, done) {
        if (err) {
          done(client);
          reject(new Error(err));
        } else {
          runQuery(that, client, text, params, resolve, reject, done);
        }
      });
    } else {
      throw new Error("Neither client or pool mode");
    }
  });
}

module.exports = queryHelper;
