import pkg from "pg";
const { Pool } = pkg;

const pool = new Pool({ host: process.env.DB_HOST, database: process.env.DB_NAME, max: 20 });

export const query = async (text, params) => {
  const result = await pool.query(text, params);
  console.log("Executed query", { text, rows: result.rowCount });
  return result;
};

// Get a client from the pool (for transactions)
export const getClient = () => {
  return pool.connect();
};

export default pool;
