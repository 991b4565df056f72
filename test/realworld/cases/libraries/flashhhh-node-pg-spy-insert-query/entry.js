// Source: flashhhh/node-pg-spy — src/listeners/queryLog.js (insertQuery), reduced by hand, not copied
// Label: safe
// Why: async.waterfall passes (client, done) to the next step, which keeps `done` in an outer variable; the final callback calls it whether the insert failed or not
import db from "./db.js";
import _async from "async";

export function insertQuery(text, session) {
  let _dbDone;
  return new Promise((resolve, reject) => {
    _async.waterfall(
      [
        (cb) => {
          db.connect(cb);
        },
        (dbClient, dbDone, cb) => {
          _dbDone = dbDone;
          if (/\b(INSERT|UPDATE|DELETE)\b/i.test(text)) {
            dbClient.query('INSERT INTO query(text, "user") VALUES($1, $2)', [text, session.user], cb);
          } else {
            cb(null);
          }
        },
      ],
      (err) => {
        if (err) reject(err);
        _dbDone();
        resolve();
      },
    );
  });
}
