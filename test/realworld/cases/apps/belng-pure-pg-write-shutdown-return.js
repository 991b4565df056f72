// Source: belng/pure — src/lib/pg.js (write), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: once shutdown has begun, the connect callback returns `cb(Error('ERR_SERVER_SHUTDOWN'))` without calling `done()`, so the client just checked out is never given back
import pg from 'pg';
import logger from './logger';

let shuttingDown = false;
const runningQueries = {};

export const write = function (connStr, queries, cb) {
	pg.connect(connStr, (error, client, done) => {
		if (error) {
			logger.error('Unable to connect to ' + connStr, error);
			done();
			return cb(error);
		}

		if (shuttingDown) {
			return cb(Error('ERR_SERVER_SHUTDOWN'));
		}

		const id = Date.now();
		runningQueries[id] = client;

		function callback(err, results) {
			delete runningQueries[id];
			cb(err, results);
			done();
		}

		client.query('BEGIN', (beginErr) => {
			if (beginErr) return callback(beginErr);
			const results = [];
			function run(i) {
				if (i < queries.length) {
					client.query(queries[i].q, queries[i].v, (queryErr, result) => {
						results[i] = result;
						if (queryErr) {
							client.query('ROLLBACK', () => callback(queryErr));
						} else {
							run(i + 1);
						}
					});
				} else {
					client.query('COMMIT', (commitErr) => callback(commitErr, results));
				}
			}
			run(0);
		});
		return null;
	});
};

process.on('SIGTERM', () => {
	shuttingDown = true;
});
