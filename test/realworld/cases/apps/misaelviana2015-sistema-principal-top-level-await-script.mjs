// Source: MisaelViana2015/sistema_principal — diagnose-maintenance.mjs (module body), reduced by hand, not copied
// Label: safe
// Why: an ES module script checks out a client with top-level await and wraps every query in a try whose finally releases it and ends the pool
import pkg from "pg";
const { Pool } = pkg;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

const client = await pool.connect();

try {
  const configs = await client.query("SELECT id, name, interval_km FROM maintenance_configs");
  configs.rows.forEach((c) => console.log(c.id, c.name, c.interval_km));
  const recent = await client.query("SELECT id, status FROM vehicle_maintenances ORDER BY last_performed_at DESC LIMIT 10");
  recent.rows.forEach((r) => console.log(r.id, r.status));
} catch (err) {
  console.error(err);
} finally {
  client.release();
  await pool.end();
}
