import pg from "pg";
const { Pool } = pg;

// a new pool on every call, and a client checked out of it
export const connectToDB = async ({ host, user, pass, database, port }) => {
  const pool = new Pool({ host, user, password: pass, database, port: Number(port || 5432) });
  return await pool.connect();
};
