// Source: jpgsaraceni/node-postgres-challenge — backend/src/config/database.js at 108f1cb^ (runQuery, before "bug fixes and basic purchase list interface"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checked-out client runs the query and settles the outer promise, but nothing ever releases it: every runQuery holds one more connection
import pkg from "pg";

const { Pool } = pkg;
const pool = new Pool(JSON.parse(process.env.POOL_CONFIG));

export const runQuery = (query, values) => {
  return new Promise((resolve, reject) => {
    pool.connect()
      .then((client) => client.query(query, values)
        .then((result) => resolve(result.rows))
        .catch((err) => reject(err)))
      .catch((err) => reject(err));
  });
};
