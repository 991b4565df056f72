import pkg from "pg";

const { Pool } = pkg;

export const pool = new Pool({ host: process.env.DB_HOST, database: process.env.DB_NAME });
