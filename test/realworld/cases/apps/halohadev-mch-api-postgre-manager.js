// Source: halohaDev/mch-api — src/Infrastructures/database/postgres/PostgreManager.js (PostgreManager.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the client is stored on `this._client` before BEGIN is awaited; releaseClient() of the same class gives it back
class PostgreManager {
  constructor(pool) {
    this._pool = pool;
    this._client = null;
  }

  async beginTransaction() {
    this._client = await this._pool.connect();
    await this._client.query("BEGIN");
  }

  async commitTransaction() {
    await this._client.query("COMMIT");
  }

  async rollbackTransaction() {
    await this._client.query("ROLLBACK");
  }

  async releaseClient() {
    this._client.release();
  }
}

module.exports = PostgreManager;
