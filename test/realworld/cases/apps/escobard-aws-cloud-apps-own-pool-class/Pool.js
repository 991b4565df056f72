// A module of the case escobard-aws-cloud-apps-own-pool-class: the project's own class named Pool, wrapping a pg pool.
const pg = require("pg");

class Pool {
  _pool = null;

  // Creates the pg pool and checks it with one query; it hands back a query result, never a checked-out client.
  async connect(options) {
    this._pool = new pg.Pool(options);
    const response = await this._pool.query("SELECT 1+1");
    if (!response) throw new Error("database check failed");
    return response;
  }

  close() {
    return this._pool.end();
  }

  query(sql, values) {
    return this._pool.query(sql, values);
  }
}

module.exports = new Pool();
