// Source: scrollback/pure — src/lib/pg.js at c5120ca (readStream), reduced by hand, not copied
// Label: safe
// Why: the checkout's callback streams the query's rows to an EventEmitter it returned at once and calls `done()` on the query's 'end' and on its 'error'; a failed connect calls `done()` before emitting the error
import pg from "pg";
import logger from "winston";
import { EventEmitter } from "events";

function paramize(query) {
  return { q: query.text, v: query.values || [] };
}

export const readStream = function (connStr, query) {
  const rstream = new EventEmitter();

  logger.info("PgReadStream ", query);
  pg.connect(connStr, (error, client, done) => {
    if (error) {
      logger.error("Unable to connect to " + connStr, error, query);
      done();
      return rstream.emit("error", error);
    }

    const qv = paramize(query);
    const stream = client.query(qv.q, qv.v);

    stream.on("row", (row, result) => {
      rstream.emit("row", row, result);
    });
    stream.on("end", (result) => {
      done(); rstream.emit("end", result);
    });
    stream.on("error", (err) => {
      done(); rstream.emit("error", err);
    });
    return null;
  });

  return rstream;
};
