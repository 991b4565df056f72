// Source: geea-develop/sam-lambda-postgresql — postgresql-adapter/rds/connection.js at 04b5fb1 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the adapter's getClient returns the checkout to the Lambda handlers, which give it back through releaseClient in their finally
const { Pool } = require("pg");

const pool = new Pool();

function logPoolDetails() {
  console.log("[connection] PG Pool Details", { totalCount: pool.totalCount, idleCount: pool.idleCount, waitingCount: pool.waitingCount });
}

pool.on("error", (err, client) => {
  console.error("[connection] PG Pool Error", err);
});

module.exports = {
  getClient: () => pool.connect(),
  releaseClient: (client) => client.release(),
  query: (text, params) => pool.query(text, params),
  logPoolDetails,
};
