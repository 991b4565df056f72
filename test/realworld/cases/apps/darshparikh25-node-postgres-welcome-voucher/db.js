import { Pool } from "pg";

const pool = new Pool({ max: 10, database: process.env.DB_NAME, host: process.env.HOST });

export default pool;
