// Source: https://github.com/brianc/node-postgres/issues/914 ("Put the done method on the client": the reporter's promise wrapper), reduced by hand, not copied
// Label: hand-over
// Why: the client is resolved to the caller with its `done` attached as `client.done`; the caller owns the release from then on, and on a connect error there is no client to give back
var pg = require("pg");

module.exports = function getClient(string) {
  return new Promise((resolve, reject) => {
    pg.connect(string, (err, client, done) => {
      if (err) {
        return reject(err);
      }
      client.done = done;
      resolve(client);
    });
  });
};
