// Source: muminoff/vt-chat-server — db/index.js at 2b60e26 (query, 2015-12, pg ^4.4.3), reduced by hand, not copied
// Label: safe
// Why: the wiki-era helper calls done() first in the query callback; the JSON.stringify of an undefined result after a failed query throws only once the client is back, and a connect error throws on the missing client before anything is checked out
var pg = require("pg");
var pgConnUrl = "postgres://vt:vt@localhost/vt";

module.exports = {
  query: function (text, values, cb) {
    pg.connect(pgConnUrl, function (err, client, done) {
      client.query(text, values, function (err, result) {
        done();
        cb(err, JSON.stringify(result.rows));
      });
    });
  },
};
