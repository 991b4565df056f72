// Source: dmfay/massive-js — lib/runner.js at 9d23a36^ (DB.prototype.stream, pg's module-level pool; since commit e6cd8a0 "integrate pg-query-stream"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: done is attached to the query stream's 'end' only; a failing query makes the stream emit 'error' and never 'end', and a consumer that stops reading never lets it end, so the client is not given back
var pg = require("pg");
var _ = require("underscore");
var QueryStream = require("pg-query-stream");
var ArgTypes = require("./arg_types");

var DB = function (connectionString) {
  this.connectionString = connectionString;
};

DB.prototype.stream = function () {
  var args = ArgTypes.queryArgs(arguments);

  if (_.isObject(args.params)) {
    args.params = _.values(args.params);
  }

  pg.connect(this.connectionString, function (err, db, done) {
    if (err) {
      done();
      return args.next(err, null);
    }

    var query = new QueryStream(args.sql, args.params);
    var stream = db.query(query);

    stream.on("end", done);

    args.next(null, stream);
  });
};

module.exports = DB;
