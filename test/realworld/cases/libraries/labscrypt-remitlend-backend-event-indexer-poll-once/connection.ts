// The project's checkout helper: a pg pool's client, handed to the caller.
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export const getClient = async () => {
  const client = await pool.connect();
  return client;
};
