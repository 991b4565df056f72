// Source: scrollback/pure — src/lib/pg.js at c5120ca (notify), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the chat server's NOTIFY helper starts `SELECT pg_notify(…)` with no callback and calls `done()` on the next line, so the client goes back to the pool with the query still queued on it and its error is never seen
import pg from "pg";
import logger from "winston";
import packer from "./packer";

export function notify(connStr, channel, data, callback) {
  pg.connect(connStr, (error, client, done) => {
    if (error) {
      logger.error("Unable to connect to " + connStr, error);
      done();
      return callback(error);
    }
    logger.info("PgNotify " + JSON.stringify(data));
    client.query("SELECT pg_notify($1, $2)", [channel, packer.encode(data)]);

    return done();
  });
}
