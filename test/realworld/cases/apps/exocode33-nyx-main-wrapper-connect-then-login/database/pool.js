// Second module of the case: the project's Database wrapper; its start-up probe is a case of its own
// (exocode33-nyx-database-connect-probe-no-finally.js).
const { Pool } = require("pg");

class Database {
  constructor() {
    this.pool = null;
    this.isConnected = false;
  }

  async connect() {
    try {
      this.pool = new Pool({ connectionString: process.env.DATABASE_URL });
      const client = await this.pool.connect();
      await client.query("SELECT NOW()");
      client.release();
      this.isConnected = true;
      return this.pool;
    } catch (error) {
      console.error(error);
      throw error;
    }
  }

  async query(text, params = []) {
    if (!this.isConnected) throw new Error("Database not connected");
    return this.pool.query(text, params);
  }
}

module.exports = new Database();
