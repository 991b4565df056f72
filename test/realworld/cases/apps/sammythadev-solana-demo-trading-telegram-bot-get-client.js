// Source: sammythadev/solana-demo-trading-telegram-bot — src/db/pgPool.js at 7f61274 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: a Sequelize bot adds a raw pg Pool "for low-overhead raw queries and short-lived transactions"; getClient returns the checkout to its caller, who must release it, as its comment says
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on('error', (err) => {
  console.error('Unexpected idle client error in pg pool', err);
});

export async function query(text, params) {
  return pool.query(text, params);
}

export async function getClient() {
  return pool.connect();
}

export default pool;
