// Source: felipejoq/node-postgres-practice — src/database/db.js at 821f0d5 (query, "Mantenedor de usuario y Middlewares de autenticación y autorización": one module pool, a checkout per call), reduced by hand, not copied
// Label: safe
// Why: the checkout is assigned inside the try and the finally releases it whenever it was made; BEGIN, the query and COMMIT are awaited on it
import pg from "pg";

const { Pool } = pg;

const pool = new Pool({ connectionString: process.env.POSTGRES_URL, max: 10, idleTimeoutMillis: 10000 });

export const query = async (query, params) => {
  let client;

  try {
    client = await pool.connect();
    await client.query("BEGIN");
    const result = await client.query(query, params);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    console.error(error);
    throw error;
  } finally {
    if (client) {
      client.release();
    }
  }
};
