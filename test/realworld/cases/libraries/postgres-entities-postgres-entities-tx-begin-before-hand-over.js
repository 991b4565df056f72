// Source: postgres-entities/postgres-entities — lib/pg.js (PG._checkoutClient and PG.tx, with the Tx class), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: tx() wraps the checkout from `_checkoutClient()` (which returns `this._pool.connect()`) in a Tx and awaits `tx.open()`, whose BEGIN can fail, before returning it; a failed BEGIN loses the Tx and its client is never released
"use strict";

const { Pool } = require("pg");

class Tx {
  constructor(client) {
    this._client = client;
  }

  async open() {
    await this._client.query("BEGIN");
  }

  async success() {
    try {
      await this._client.query("COMMIT");
    } finally {
      this._client.release();
    }
    delete this._client;
  }
}

class PG {
  constructor(config) {
    this._pool = new Pool(config);
  }

  async _checkoutClient(...args) {
    return this._pool.connect(...args);
  }

  async tx() {
    const tx = new Tx(await this._checkoutClient());
    await tx.open();
    return tx;
  }
}

module.exports = { PG };
