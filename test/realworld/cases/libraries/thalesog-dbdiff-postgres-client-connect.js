// Source: thalesog/dbdiff — dialects/postgres-client.js (PostgresClient.connect), reduced by hand, not copied
// Label: hand-over
// Why: connect() builds the pool on first use and returns the checkout to its caller (query() releases it); the original repeats the checkout in both branches of the `if (!this.pool)`, reduced here to one
const { Pool } = require("pg");

class PostgresClient {
  constructor(connOptions) {
    this.connOptions = connOptions;
  }

  buildPool() {
    this.pool = new Pool(this.connOptions);
    return this.pool;
  }

  async connect() {
    if (!this.pool) {
      this.buildPool();
    }
    const pgClient = await this.pool.connect();
    return pgClient;
  }
}

module.exports = PostgresClient;
