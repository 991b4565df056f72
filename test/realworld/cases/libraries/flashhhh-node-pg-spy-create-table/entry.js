// Source: flashhhh/node-pg-spy — src/index.js (creating the log table), reduced by hand, not copied
// Label: safe
// Why: pg 4's module-level pool; the connect error throws before any client exists, and the query callback calls `dbDone()` before anything else
import db from "./db.js";

function fail(err) {
  console.error(err);
  throw err;
}

db.connect((err, dbClient, dbDone) => {
  if (err) fail(err);
  dbClient.query("CREATE TABLE IF NOT EXISTS query (text TEXT NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT now())", (err) => {
    dbDone();
    if (err) fail(err);
  });
});
