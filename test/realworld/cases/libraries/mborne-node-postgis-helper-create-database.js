// Source: mborne/node-postgis-helper — src/Database.js (Database.createDatabase, close), reduced by hand, not copied
// Label: hand-over
// Why: the PostGIS helper's factory checks a client out of its module pool and returns it wrapped in a `Database`, whose `close()` releases it; the caller owns the release
const debug = require("debug")("postgis-helper");

const pool = require("./internal/pool");
const Catalog = require("./Catalog");

class Database {
  constructor(client) {
    this.client = client;
    this.catalog = new Catalog(this);
  }

  static async createDatabase() {
    debug("Database - create pg connection...");
    let client = await pool.connect();
    return new Database(client);
  }

  async close() {
    debug("Database - release pg connection...");
    await this.client.release();
  }

  async query(query, values) {
    const res = await this.client.query(query, values);
    return res.rows;
  }
}

module.exports = Database;
