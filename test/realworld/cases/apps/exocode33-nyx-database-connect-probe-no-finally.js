// Source: ExoCode33/Nyx — src/database/pool.js at 9f210975 (Database#connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Discord watchdog bot's start-up probe awaits `SELECT NOW()` and only then releases, with no finally: a failing query reaches the catch, which logs and rethrows with the client still checked out
const { Pool } = require("pg");
const config = require("../../config");
const { logger, logError } = require("../utils/logger");

class Database {
  constructor() {
    this.pool = null;
    this.isConnected = false;
  }

  async connect() {
    try {
      this.pool = new Pool({ connectionString: config.database.url, ...config.database.pool });

      const client = await this.pool.connect();
      await client.query("SELECT NOW()");
      client.release();

      this.isConnected = true;
      logger.info("Database connected successfully");
      this.pool.on("error", (err) => logError(err, { component: "database_pool" }));
      return this.pool;
    } catch (error) {
      logError(error, { component: "database_connect" });
      throw error;
    }
  }

  async query(text, params = []) {
    if (!this.isConnected) throw new Error("Database not connected");
    return this.pool.query(text, params);
  }
}

module.exports = new Database();
