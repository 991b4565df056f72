// Source: gajus/slonik — src/binders/bindPool.js at f00b9de3^ (the `connect(handler)` member, before "fix: release connection in case of an error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler is awaited between connect() and the release with no try: a handler that throws leaves the connection checked out (the commit's title)
import bindIsolatedPoolConnection from "./bindIsolatedPoolConnection";
import bindPoolConnection from "./bindPoolConnection";

export default (parentLog, pool, clientConfiguration) => {
  return {
    connect: async (handler) => {
      if (!handler) {
        return bindPoolConnection(parentLog, pool, clientConfiguration);
      }
      const connection = await pool.connect();

      await handler(bindIsolatedPoolConnection(parentLog, pool, connection, clientConfiguration));

      connection.release();
    },
  };
};
