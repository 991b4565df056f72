// Source: ducks/node-postgres-exporter — src/health.js (GET /readyz), reduced by hand, not copied
// Label: leak
// Why: a readiness probe per configured pool: when `SELECT 1` fails, the catch answers 500 and returns, and `client.release()` after the query is never reached
function registerHealthEndpoints(app, pools) {
  app.get("/healthz", (_, res) => res.status(200).send("OK"));
  app.get("/readyz", async (_, res) => {
    for (const { name, pool } of pools) {
      try {
        const client = await pool.connect();
        await client.query("SELECT 1");
        client.release();
      } catch (err) {
        console.error(`[READYZ] database "${name}" not ready: ${err.message}`);
        return res.status(500).send(`Not Ready: ${name}`);
      }
    }
    res.status(200).send("OK");
  });
}

module.exports = registerHealthEndpoints;
