import pg from "pg";

const { Pool } = pg;

const pool = new Pool({ user: "postgres", host: "localhost", database: "postgres" });

export default pool;
