// Source: 29th-sopkathon-ddip/ddip-server — functions/db/db.js (connect), reduced by hand, not copied
// Label: hand-over
// Why: the checkout gets a release watchdog timer and wrapped query/release methods, then is returned to the route, which releases it in its finally
const { Pool } = require("pg");
const dayjs = require("dayjs");

const pool = new Pool({ connectionTimeoutMillis: 60 * 1000, idleTimeoutMillis: 60 * 1000 });

const connect = async (req) => {
  const now = dayjs();
  const label = req && req.method ? `[${req.method}] ${req.originalUrl}` : "no request";
  const callStack = new Error().stack;
  const client = await pool.connect();
  const query = client.query;
  const release = client.release;
  const releaseChecker = setTimeout(() => {
    console.error("[ERROR] client not released for 15 seconds", { callStack });
  }, 15 * 1000);
  client.query = (...args) => {
    client.lastQuery = args;
    return query.apply(client, args);
  };
  client.release = () => {
    clearTimeout(releaseChecker);
    console.log(`[RELEASE] in ${dayjs().diff(now, "millisecond")} | ${label}`);
    client.query = query;
    client.release = release;
    return release.apply(client);
  };
  return client;
};

module.exports = { connect };
