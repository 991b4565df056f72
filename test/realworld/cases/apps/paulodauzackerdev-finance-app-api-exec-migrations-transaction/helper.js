import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({ host: process.env.POSTGRES_HOST || "localhost", database: process.env.POSTGRES_DB });
