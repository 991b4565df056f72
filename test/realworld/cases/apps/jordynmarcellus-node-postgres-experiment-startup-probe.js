// Source: JordynMarcellus/node-postgres-experiment — src/db/db.js (the start-up check), reduced by hand, not copied
// Label: safe
// Why: a callback checkout at module load that only proves the database answers: on an error there is no client, otherwise `release()` gives it straight back
const { Pool } = require("pg");
const dbPool = new Pool();

// this could be a heartbeat/health-check endpoint?
dbPool.connect((err, client, release) => {
  if (err) {
    console.log("client connection issue", err.stack);
  } else {
    console.log("successful connection");
    release();
  }
});

exports.dbConnector = dbPool;
