const { Pool } = require("pg");

const pool = new Pool({ host: process.env.PG_HOST, database: process.env.PG_DATABASE });

const connectPG = async (): Promise<unknown> => {
  try {
    const client = await pool.connect();
    try {
      await client.query("SELECT VERSION()");
    } finally {
      client.release();
    }
    return pool;
  } catch (err) {
    console.error("PostgreSQL connection error:", (err as Error).message);
    return null;
  }
};

module.exports = { pool, connectPG };
