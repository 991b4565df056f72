// Source: neondatabase/serverless — tests/cloudflare/worker.ts (fetch handler), reduced by hand, not copied
// Label: leak
// Why: a Worker request checks out a client of the driver's pg-compatible Pool and awaits a query before `poolClient.release()`, with no try
import { Pool } from "@neondatabase/serverless";

export default {
  async fetch(_request: Request, env: { DATABASE_URL: string }, ctx: ExecutionContext) {
    const pool = new Pool({ connectionString: env.DATABASE_URL });
    const { rows: poolRows } = await pool.query("SELECT 'pool' AS str");

    const poolClient = await pool.connect();
    const { rows: clientRows } = await poolClient.query("SELECT 'poolclient' AS str");
    poolClient.release();
    ctx.waitUntil(pool.end());

    return new Response(JSON.stringify({ poolRows, clientRows }), {
      headers: { "Content-Type": "application/json" },
    });
  },
};
