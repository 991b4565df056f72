// Source: Met4tron/rinha-backend-nodejs-q1-2024 — src/db.ts at 4545b1e (getClients), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Hono-on-Node service (served by @hono/node-server) loads the accounts' limits at start-up and releases only after the awaited SELECT, with no try/finally: a failing query keeps the client checked out
import { Pool } from "pg";

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  database: "rinha_db",
  max: parseInt(process.env.POOL_SIZE || "10"),
});

export const getClients = async () => {
  const client = await pool.connect();

  const clients = await client.query("SELECT limite FROM clientes ORDER BY id ASC");

  client.release();

  return clients.rows;
};
