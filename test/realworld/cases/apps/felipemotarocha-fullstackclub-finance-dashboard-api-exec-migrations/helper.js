import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({ database: process.env.POSTGRES_DB, host: process.env.POSTGRES_HOST });
