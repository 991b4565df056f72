// Source: HarshS3/reimbursement-tracker — Backend/src/db/pool.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the object's `getClient` arrow returns the checkout of the lazily checked pool to its caller, which owns the release (transaction.js releases it in a finally)
const { Pool } = require('pg');

let pool;

if (process.env.DATABASE_URL) {
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
}

const ensurePool = () => {
  if (!pool) {
    throw new Error('DATABASE_URL is not configured. Unable to perform database operations.');
  }
  return pool;
};

module.exports = {
  query: (text, params) => ensurePool().query(text, params),
  getClient: () => ensurePool().connect(),
  getPool: () => pool,
};
