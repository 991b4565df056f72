// Source: belng/pure — src/lib/pg.js (listen), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the LISTEN checkout is kept only by its notification handler: `return null` ends the callback without `done()`, nothing stores it for a shutdown, and the LISTEN query's failure is not heard
import pg from 'pg';
import logger from './logger';

export function listen(connStr, channel, callback) {
	pg.connect(connStr, (error, client, done) => {
		if (error) {
			logger.error('Unable to connect to ' + connStr, error);
			done();
			return callback(error);
		}
		client.on('notification', (data) => {
			try {
				callback(JSON.parse(data.payload));
			} catch (e) {
				logger.info('Error decoding:', e.message);
			}
		});
		client.query('LISTEN ' + channel);
		return null;
	});
}
