// Source: SwaggyShane/Narmir_Reborn — db/schema.js at a9abd64d^ (PgDbAdapter.run, the BEGIN branch, before "Add transaction cleanup middleware to prevent connection pool exhaustion"), reduced by hand, not copied
// Label: hand-over
// Why: a failed BEGIN releases before rethrowing; after it the client is stored in the AsyncLocalStorage context that the COMMIT and ROLLBACK branches release (the reported exhaustion came from routes that never sent either, in other modules)
const { AsyncLocalStorage } = require("async_hooks");

const transactionStorage = new AsyncLocalStorage();

class PgDbAdapter {
  constructor(pool) {
    this.pool = pool;
  }

  async run(sql, params) {
    const isBegin = /^\s*BEGIN\s+TRANSACTION/i.test(sql);
    const isCommit = /^\s*COMMIT/i.test(sql);
    const store = transactionStorage.getStore();
    const isStoreActive = store && !store.released;

    if (isBegin) {
      if (isStoreActive) {
        store.depth++;
        return this.run(`SAVEPOINT sp_${store.depth}`, []);
      }
      const client = await this.pool.connect();
      try {
        await client.query("BEGIN");
        // Later queries of this async context reuse the transaction's client.
        transactionStorage.enterWith({ client, depth: 1, released: false });
        return { lastID: null, changes: 0 };
      } catch (err) {
        client.release();
        throw err;
      }
    }

    if (isCommit && isStoreActive) {
      try {
        store.released = true;
        await store.client.query("COMMIT");
      } finally {
        store.client.release();
        transactionStorage.enterWith(null);
      }
      return { lastID: null, changes: 0 };
    }

    const connection = isStoreActive ? store.client : this.pool;
    const res = await connection.query(sql, params || []);
    return { lastID: null, changes: res.rowCount };
  }
}

module.exports = { PgDbAdapter };
