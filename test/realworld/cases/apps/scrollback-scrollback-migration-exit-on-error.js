// Source: scrollback/scrollback — storage/migration/text-threads-migration.js (saveNextSetOfMessages), reduced by hand, not copied
// Label: safe
// Why: the batch goes to a helper with a callback that either ends the migration process (`process.exit(1)` on an error) or calls `done()`; the connect-error return has no client to give back
var pg = require("pg");
var postgres = require("../postgres.js");
var log = require("../../lib/logger.js");

var conString = process.env.PG_URL;

function saveNextSetOfMessages(queries, callback) {
	if (queries.length === 0) return callback();
	var t = new Date().getTime();
	pg.connect(conString, function(error, client, done) {
		if (error) {
			log("Unable to get Pool Connection Object: ", error);
			return callback(error);
		}
		postgres.runQueries(client, queries, function(err, replies) {
			if (err) {
				log.e("replies:", err, replies);
				process.exit(1);
			}
			log("Time taken by pg:", new Date().getTime() - t);
			done();
			callback();
		});
	});
}

module.exports = saveNextSetOfMessages;
