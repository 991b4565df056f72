// Source: theophilusx/pg-helper — src/index.js (PgHelper.getConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: after the checkout, a pool error recorded earlier by the pool's 'error' listener is thrown; the catch rethrows with a new message and nothing releases the client, so every call after a pool error leaks one
"use strict";

const { Pool } = require("pg");

class PgHelper {
  constructor(config) {
    this.poolError = null;
    this.pool = config ? new Pool(config) : new Pool();
    this.doRelease = false;
    this.pool.on("error", (err) => {
      this.poolError = err;
    });
  }

  async getConnection() {
    try {
      const client = await this.pool.connect();
      if (this.poolError) {
        throw new Error(this.poolError.message);
      }
      return client;
    } catch (err) {
      throw new Error(`Connect: ${err.message}`);
    }
  }
}

module.exports = PgHelper;
