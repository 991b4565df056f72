// Source: ExoCode33/Nyx — src/database/pool.js at 9f210975 (Database#transaction), reduced by hand, not copied
// Label: safe
// Why: the bot's transaction helper checks out of the pool its own `connect()` made, runs BEGIN, the caller's work and COMMIT inside the try, rolls back and rethrows in the catch, releases in the finally
const { Pool } = require("pg");
const config = require("../../config");

class Database {
  constructor() {
    this.pool = new Pool({ connectionString: config.database.url });
  }

  async transaction(callback) {
    const client = await this.pool.connect();

    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}

module.exports = new Database();
