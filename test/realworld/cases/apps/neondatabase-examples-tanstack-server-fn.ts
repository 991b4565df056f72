// Source: neondatabase/examples — with-tanstack-start-server-functions/src/data/get-neon-data.ts (getNodePostgresData), reduced by hand, not copied
// Label: safe
// Why: a TanStack Start server function: query in the try, release in the finally
import { createServerFn } from "@tanstack/react-start";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: true });

export const getNodePostgresData = createServerFn({ method: "GET" }).handler(async () => {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT version()");
    return rows[0].version;
  } finally {
    client.release();
  }
});
