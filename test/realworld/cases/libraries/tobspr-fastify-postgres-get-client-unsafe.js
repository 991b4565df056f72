// Source: tobspr/fastify-postgres — database.js at 7a0abb9 (Database.getClientUnsafe, "Fix database.query never returning"), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned to the caller (whose finally, or the request's clean-up, releases it) after `this.patchClient(client)`; at 7a0abb9 neither patchClient nor the imported patchNamedParameters (named_parameters.js) can throw on a pg client — they read its `query`/`release` functions and their flags, `bind` one and assign own properties — and the id, counter, logger and timer lines before the return cannot either, so no path keeps the client
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
