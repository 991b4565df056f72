// Source: daviduzondu/hng-stage-2 — src/db/index.ts (module body), reduced by hand, not copied
// Label: hand-over
// Why: top-level await checks out one client that the module keeps for the server's life and wraps in exported begin/query/commit/rollback/release functions; the controllers share it on purpose
import pg from "pg";

const pool = new pg.Pool({
  user: process.env.PGUSER,
  host: process.env.PGHOST,
  database: process.env.PGDATABASE,
  password: process.env.PGPASSWORD,
  port: Number(process.env.PGPORT),
});

const client = await pool.connect();

export async function begin() {
  return client.query("BEGIN");
}

export function query(text: string, params: unknown[]) {
  return client.query(text, params);
}

export async function commit() {
  return client.query("COMMIT");
}

export async function rollback() {
  return client.query("ROLLBACK");
}

export async function release() {
  client.release();
}
