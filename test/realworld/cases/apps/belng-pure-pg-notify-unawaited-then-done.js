// Source: belng/pure — src/lib/pg.js (notify), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `pg_notify` is sent with no callback and `return done()` follows at once, so the client goes back to the pool with the query still queued on it (and its error unheard)
import pg from 'pg';
import logger from './logger';

export function notify(connStr, channel, payload, callback) {
	pg.connect(connStr, (error, client, done) => {
		if (error) {
			logger.error('Unable to connect to ' + connStr, error);
			done();
			return callback(error);
		}
		logger.info('PgNotify ' + JSON.stringify(payload));
		client.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);

		return done();
	});
}
