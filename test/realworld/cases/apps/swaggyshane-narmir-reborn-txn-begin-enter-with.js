// Source: SwaggyShane/Narmir_Reborn — db/schema.js (PgAdapter#run, the BEGIN branch), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN the client is stored in the adapter's activeTxns map and entered into the AsyncLocalStorage store that later COMMIT/ROLLBACK calls release from; a failed BEGIN releases it with the error; registering the error listener before the try cannot throw
const { AsyncLocalStorage } = require("node:async_hooks");

const transactionStorage = new AsyncLocalStorage();
const TXN_ERR_HANDLER = Symbol("txnErrHandler");

class PgAdapter {
  constructor(pool) {
    this.pool = pool;
    this.activeTxns = new Map();
  }

  async begin() {
    const client = await this.pool.connect();
    if (client[TXN_ERR_HANDLER]) {
      client.removeListener("error", client[TXN_ERR_HANDLER]);
    }
    const txnErrorHandler = (err) => {
      const info = this.activeTxns.get(client);
      if (info) {
        this.activeTxns.delete(client);
        try {
          client.release(err);
        } catch {
          /* already gone */
        }
      }
    };
    client[TXN_ERR_HANDLER] = txnErrorHandler;
    client.on("error", txnErrorHandler);

    try {
      await client.query("BEGIN");
      const txnStore = { client, depth: 1, released: false };
      this.activeTxns.set(client, { acquiredAt: Date.now(), store: txnStore });
      transactionStorage.enterWith(txnStore);
      return { lastID: null, changes: 0 };
    } catch (err) {
      this.activeTxns.delete(client);
      try {
        client.release(err);
      } catch {
        /* already gone */
      }
      throw err;
    }
  }
}

module.exports = { PgAdapter, transactionStorage };
