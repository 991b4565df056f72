// Source: scrollback/scrollback — storage/unban.js (unban), reduced by hand, not copied
// Label: safe
// Why: old module-level `pg.connect(connString, cb)` run from a timer; the connect-error branch, the query-error branch and the success path each call `done()` before returning
"use strict";
var pg = require("pg");
var log = require("../lib/logger.js");

function unban(config) {
	var connString = "pg://" + config.pg.username + ":" + config.pg.password + "@" + config.pg.server + "/" + config.pg.db;

	pg.connect(connString, function(error, client, done) {
		var query = "update relations set role = transitionrole, transitionrole = 'none' where transitiontime < CURRENT_TIMESTAMP";
		if (error) {
			log.e("Unable to connect to " + connString, error);
			done();
			return;
		}

		client.query(query, function(err) {
			if (err) {
				log.e("Query failed", err.message, query);
				done();
				return;
			}
			log.i("Unban done");
			done();
		});
	});
}

module.exports = function(core, config) {
	setTimeout(unban, 60000, config);
};
