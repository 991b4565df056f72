import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export const getClient = async () => {
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    console.error("Error connecting to database", error);
    throw error;
  }
};
