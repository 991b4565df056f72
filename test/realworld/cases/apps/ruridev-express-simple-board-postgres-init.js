// Source: ruridev/express-simple_board — models/database.js (Postgres.init), reduced by hand, not copied
// Label: hand-over
// Why: `init` stores the checkout on the wrapper (`this.client`); the routes and `execute` call the wrapper's `release()` in their finally blocks
const { Pool } = require("pg");

const pool = new Pool({ database: "board", port: 5432 });

class Postgres {
  async init() {
    this.client = await pool.connect();
  }

  async run_query(query, params = []) {
    return await this.client.query(query, params);
  }

  async release() {
    await this.client.release(true);
  }
}

const getClient = async () => {
  const postgres = new Postgres();
  await postgres.init();
  return postgres;
};

module.exports.getDBClient = getClient;
