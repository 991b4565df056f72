// Source: nagual69/node-red-contrib-postgres-pgvector — lib/client.js (withClient), reduced by hand, not copied
// Label: safe
// Why: the optional `SET statement_timeout` and the callback both run inside try; `client.release()` is in finally
"use strict";

async function withClient(pool, fn, timeout) {
  const client = await pool.connect();
  try {
    if (timeout && timeout > 0) {
      await client.query(`SET statement_timeout = ${Math.floor(timeout)}`);
    }
    return await fn(client);
  } finally {
    client.release();
  }
}

module.exports = { withClient };
