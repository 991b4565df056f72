// Source: jpgsaraceni/node-postgres-challenge — backend/src/config/database.js at 108f1cb (runQuery as "bug fixes and basic purchase list interface" left it), reduced by hand, not copied
// Label: safe
// Why: the query chain ends in `.finally(() => client.release())`, which runs whether the query resolved or rejected
import pkg from "pg";

const { Pool } = pkg;
const pool = new Pool(JSON.parse(process.env.POOL_CONFIG));

export const runQuery = (query, values) => {
  return new Promise((resolve, reject) => {
    pool.connect()
      .then((client) => client
        .query(query, values)
        .then((result) => resolve(result.rows))
        .catch((err) => reject(err))
        .finally(() => client.release()))
      .catch((err) => reject(err));
  });
};
