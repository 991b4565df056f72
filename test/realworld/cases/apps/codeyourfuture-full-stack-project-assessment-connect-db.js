// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/db.js at e443210 (connectDb, the assessment's v2 starter of 2024-01-26), reduced by hand, not copied
// Label: safe
// Why: the starter's start-up check takes the checkout in a try whose catch logs and rethrows (no client exists then), logs the connected database name and releases; only a `console.log` stands between the checkout and the release; every trainee's submission since (16 of the stored pull requests, #453–#506) carries it unchanged
import pg from "pg";
const { Pool } = pg;

const databaseUrl = process.env.NODE_ENV == "test" ? process.env.TEST_DATABASE_URL : process.env.DATABASE_URL;

const pool =
  databaseUrl &&
  new Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 5000,
  });

export const connectDb = async () => {
  if (!pool) {
    return;
  }

  let client;
  try {
    client = await pool.connect();
  } catch (err) {
    console.log(err);
    throw err;
  }
  console.log(`Postgres connected to ${client.database}`);
  client.release();
};

export const disconnectDb = () => {
  if (!pool) {
    return;
  }
  pool.end();
};

export default {
  query: (...args) => {
    if (!pool) {
      return;
    }
    return pool.query.apply(pool, args);
  },
};
