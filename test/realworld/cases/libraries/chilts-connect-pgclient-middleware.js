// Source: chilts/connect-pgclient — connect-pgclient.js (pgclient middleware), reduced by hand, not copied
// Label: hand-over
// Why: the middleware checks a client out of pg's module pool and stores it with its `done` on `req.db`; the wrapped `res.end` (set up before the checkout) commits if needed and calls `req.db.done()`; a failed BEGIN calls `done()` itself and passes the error on
var pg = require("pg");

function pgclient(options) {
  options = options || { transaction: false };
  var log = options.log || function () {};

  return function pgclient(req, res, next) {
    if (req.db) {
      return next();
    }

    var origEnd = res.end;
    res.end = function (data, encoding) {
      res.end = origEnd;
      if (!req.db) {
        return res.end(data, encoding);
      }
      var finish = function () {
        req.db.done();
        delete req.db;
        res.end(data, encoding);
      };
      if (!req.db.transaction) {
        return finish();
      }
      req.db.client.query("COMMIT", function (err) {
        if (err) {
          console.warn(err);
        }
        finish();
      });
    };

    log("connect-pgclient: getting new Pg client");
    pg.connect(options.config, function (err, client, done) {
      if (err) {
        return next(err);
      }

      req.db = {
        client: client,
        done: done,
        transaction: false,
      };

      if (!options.transaction) {
        return next();
      }

      req.db.client.query("BEGIN", function (err) {
        if (err) {
          done();
          return next(err);
        }
        req.db.transaction = true;
        next();
      });
    });
  };
}

module.exports = pgclient;
