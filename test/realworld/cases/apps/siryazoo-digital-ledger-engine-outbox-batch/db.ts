import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const query = (text: string, params?: unknown[]) => pool.query(text, params);
const getClient = () => pool.connect();
const closePool = () => pool.end();

export { closePool, getClient, query };
