import { Pool } from "pg";

const pgPool = new Pool({ host: process.env.DB_HOST });

async function connectToDatabase() {
  return await pgPool.connect();
}

export { connectToDatabase };
