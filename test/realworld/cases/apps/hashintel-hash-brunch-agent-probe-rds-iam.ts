// Source: hashintel/hash — apps/brunch-agent/src/postgres.ts (probeRdsIam), reduced by hand, not copied
// Label: safe
// Why: each checkout is pushed into an array inside the try; the finally releases every client in it and ends the probe's pool
import { Pool, type PoolClient } from "pg";

export async function probeRdsIam(config: { host: string; user: string }) {
  let tokenRequests = 0;
  const pool = new Pool({
    host: config.host,
    user: config.user,
    password: async () => {
      tokenRequests += 1;
      return "token";
    },
  });
  const clients: PoolClient[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      clients.push(await pool.connect());
    }
    const results = await Promise.all(clients.map((client) => client.query('SELECT pg_backend_pid() AS "pid"')));
    const pids = results.map((result) => result.rows[0]?.pid);
    return { distinct: pids.length === 2 && pids[0] !== pids[1], tokenRequests };
  } finally {
    for (const client of clients) {
      client.release();
    }
    await pool.end();
  }
}
