// Source: bekeleandu024-ui/fleet-app-beta — services/database-integration.js at 41d0d02 (DatabaseConnection#getClient), reduced by hand, not copied
// Label: hand-over
// Why: the distance service's connection wrapper returns the checkout to its caller, who owns the release
const { Pool } = require("pg");

class DatabaseConnection {
  constructor(config = {}) {
    this.pool = new Pool({
      connectionString: config.connectionString || process.env.DATABASE_URL,
      max: config.maxConnections || 20,
      idleTimeoutMillis: 30000,
    });
    this.pool.on("error", (err) => console.error("Unexpected database error:", err));
  }

  async query(text, params) {
    const start = Date.now();
    const result = await this.pool.query(text, params);
    console.log(`Query executed in ${Date.now() - start}ms`);
    return result;
  }

  async getClient() {
    return await this.pool.connect();
  }

  async close() {
    await this.pool.end();
  }
}

module.exports = { DatabaseConnection };
