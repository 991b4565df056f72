// Source: pawan-59/node-pg — db.js at e2d13fb (connectToPostgres), reduced by hand, not copied
// Label: safe
// Why: a container-minded starter's start-up probe releases after `SELECT 1` with no finally, but a failed query lands in the catch, which calls `process.exit(1)` ("important for containers"), so no path keeps the process running with the client checked out
import pkg from "pg";
const { Pool } = pkg;

let pool;

export async function connectToPostgres(settings) {
  pool = new Pool({ ...settings, max: 10, connectionTimeoutMillis: 5000 });

  try {
    const client = await pool.connect();
    await client.query("SELECT 1");
    client.release();
    console.log("postgres is up");
  } catch (err) {
    console.error("postgres is down", err.message);
    process.exit(1);
  }
}

export function getPool() {
  if (!pool) throw new Error("not initialised");
  return pool;
}
