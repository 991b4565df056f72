// Source: tobspr/fastify-postgres — database.js at 7a0abb9 (Database.getClientUnsafe, "Fix database.query never returning"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is handed back to the caller only after `this.patchClient(client)` runs the imported `patchNamedParameters` on it and wraps its query method (and, in the original, its release), and the 25-second forced-release timer is armed after it too: a throw from the patching keeps the client with nothing to release it
import { patchNamedParameters } from "./named_parameters";

export class Database {
  constructor(fastify, { logger, pool }) {
    this.fastify = fastify;
    this.logger = logger;
    this.pool = pool;
    this.clientIdCounter = 1;
    this.checkedOutClients = 0;
  }

  async getClientUnsafe() {
    const client = await this.pool.connect();
    if (!client.uniqueId) {
      client.uniqueId = this.clientIdCounter++;
    }
    client.lastQuery = { text: null, params: null };

    ++this.checkedOutClients;
    this.logger.info("Acquired client", { id: client.uniqueId, total: this.checkedOutClients });

    this.patchClient(client);

    if (client.sanityTimeout) {
      this.logger.error("Client is busy and still got returned from pool", { id: client.uniqueId });
      clearTimeout(client.sanityTimeout);
      client.sanityTimeout = null;
    }

    client.sanityTimeout = setTimeout(() => {
      client.release();
      this.logger.error("A client has been checked out for more than 25 seconds, forced release", {
        lastQuery: client.lastQuery,
        id: client.uniqueId,
      });
    }, 25000);
    return client;
  }

  patchClient(client) {
    if (!client.namedParameters) {
      client.namedParameters = true;
      patchNamedParameters(client);
    }

    const db = this;
    const oldQuery = client.query;
    if (oldQuery.methodWasPatched_) return;
    client.query = async function (text, params) {
      this.lastQuery = { text, params };
      try {
        return await oldQuery.call(this, text, params);
      } catch (err) {
        db.logger.error("Database query error", { error: err, lastQuery: this.lastQuery });
        throw err;
      }
    };
    client.query.methodWasPatched_ = true;
  }
}
