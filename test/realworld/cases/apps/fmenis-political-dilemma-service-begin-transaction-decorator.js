// Source: fmenis/political-dilemma-service — src/plugins/postgres.js (beginTransaction, decorated as `fastify.pg`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the plugin decorates the instance with a transaction trio for the routes (`client = await pg.beginTransaction()` … `pg.commitTransaction(client)` / `pg.rollbackTransaction(client)` in the route's catch); beginTransaction awaits BEGIN before handing the client back, so when BEGIN rejects the route's `client` is still undefined, its rollback gets nothing, and the checkout is never released
import pg from "pg";
import Fp from "fastify-plugin";

function postgresClient(fastify, options, done) {
  const pool = new pg.Pool({
    user: fastify.config.PG_USER,
    host: fastify.config.PG_HOST,
    database: fastify.config.PG_DB,
  });

  pool.query("SELECT NOW()", (err) => {
    if (err) {
      return done(err);
    }
    done();
  });

  async function beginTransaction() {
    const client = await pool.connect();
    await client.query("BEGIN");
    return client;
  }

  async function commitTransaction(client) {
    await client.query("COMMIT");
    client.release();
  }

  async function rollbackTransaction(client) {
    await client.query("ROLLBACK");
    client.release();
  }

  fastify.addHook("onClose", async () => {
    await pool.end();
  });

  fastify.decorate("pg", { beginTransaction, commitTransaction, rollbackTransaction });
}

export default Fp(postgresClient);
