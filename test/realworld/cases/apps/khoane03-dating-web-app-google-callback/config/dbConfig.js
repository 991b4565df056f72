import pkg from "pg";

const { Pool } = pkg;

const pool = new Pool({ database: process.env.DB_NAME || "dating_app" });

export default pool;
