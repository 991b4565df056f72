// Source: magnusoverli/sushe-online — db/postgres.js (PgDatabase#withClient), reduced by hand, not copied
// Label: safe
// Why: the client is taken through withRetry(() => this.pool.connect()) (the original also has a branch that connects directly); the callback runs in a try whose finally releases, destroying the client when the callback failed
const { withRetry } = require("./retry");

class PgDatabase {
  constructor(pool) {
    this.pool = pool;
  }

  async withClient(callback, { retryable = false } = {}) {
    const client = await withRetry(() => this.pool.connect(), { label: "withClient:db:connect", retries: retryable ? 3 : 0 });
    let releaseError;
    try {
      return await callback(client);
    } catch (err) {
      releaseError = err;
      throw err;
    } finally {
      client.release(releaseError);
    }
  }
}

module.exports = { PgDatabase };
