// Source: Jberryfresh/DigitalTide — src/database/pool.js at 0a817fa (testConnection), reduced by hand, not copied
// Label: leak
// Why: the content pipeline's startup probe awaits `SELECT NOW(), version()` on the checkout before `client.release()`; when the query rejects, the catch logs and rethrows without releasing
import pg from 'pg';

const { Pool } = pg;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

pool.on('connect', () => {
  console.log('Database client connected');
});

export async function testConnection() {
  try {
    const client = await pool.connect();
    const result = await client.query('SELECT NOW() as now, version() as version');
    client.release();
    console.log('Database connection successful');
    console.log(`   PostgreSQL Version: ${result.rows[0].version.split(' ')[1]}`);
    return true;
  } catch (error) {
    console.error('Database connection failed:', error.message);
    throw error;
  }
}

export default pool;
