// Source: RestServiceLanguage/postgres-adapter — index.js (_inTransaction, _getConnection), reduced by hand, not copied
// Label: hand-over
// Why: _getConnection returns the checkout; its one caller, _inTransaction, runs BEGIN/work/COMMIT in a try whose finally releases
const { Pool } = require("pg");

module.exports = class PostgresAdapter {
  constructor(config) {
    this._pool = new Pool(config);
  }

  async remove(query) {
    await this._inTransaction(async function (client) {
      await client.query(query);
    });
  }

  async _inTransaction(exec) {
    const client = await this._getConnection();
    try {
      await client.query("BEGIN");
      await exec.bind(this)(client);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  }

  async _getConnection() {
    return await this._pool.connect();
  }
};
