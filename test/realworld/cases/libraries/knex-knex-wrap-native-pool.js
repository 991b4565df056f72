// Source: knex/knex — lib/dialects/postgres/index.js (wrapNativePool, acquire), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is tagged with lodash's uniqueId (which cannot throw), the version probe's failure is caught, and the client is returned to knex's pool, whose release() gives it back
const uniqueId = require("lodash/uniqueId");

class PgDialectSketch {
  wrapNativePool(nativePool) {
    const client = this;
    return {
      acquire() {
        return {
          promise: nativePool.connect().then(async (connection) => {
            connection.__knexUid = uniqueId("__knexUid");
            if (!client.version) {
              try {
                client.version = await client.checkVersion(connection);
              } catch (_e) {
                // best effort
              }
            }
            return connection;
          }),
        };
      },
      release(connection) {
        connection.release(!!connection.__knex__disposed);
        return true;
      },
    };
  }
}

module.exports = PgDialectSketch;
