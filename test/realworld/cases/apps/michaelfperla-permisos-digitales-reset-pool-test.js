// Source: michaelfperla/permisos-digitales — src/db/index.js (resetPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the new pool's test checkout is released only after `SELECT 1` succeeds; when the query fails the catch logs and rethrows without releasing it
const { Pool } = require('pg');
const logger = require('../utils/logger');

let pool = null;

const createPool = () => new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const resetPool = async () => {
  if (pool) {
    try {
      await pool.end();
    } catch (error) {
      logger.warn('Error closing old pool:', error.message);
    }
    pool = null;
  }

  const newPool = createPool();

  try {
    const client = await newPool.connect();
    await client.query('SELECT 1');
    client.release();
    logger.info('New database pool created and tested');
  } catch (error) {
    logger.error('Failed to test new pool:', error.message);
    throw error;
  }

  return newPool;
};

module.exports = { resetPool };
