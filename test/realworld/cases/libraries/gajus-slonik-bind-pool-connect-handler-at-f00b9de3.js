// Source: gajus/slonik — src/binders/bindPool.js at f00b9de3 (the `connect(handler)` member, "fix: release connection in case of an error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix moved the release into the catch and dropped it from the success path: a handler that resolves never gives the connection back (the overload was removed the same day)
import bindIsolatedPoolConnection from "./bindIsolatedPoolConnection";
import bindPoolConnection from "./bindPoolConnection";

export default (parentLog, pool, clientConfiguration) => {
  return {
    connect: async (handler) => {
      if (!handler) {
        return bindPoolConnection(parentLog, pool, clientConfiguration);
      }
      const connection = await pool.connect();

      try {
        await handler(bindIsolatedPoolConnection(parentLog, pool, connection, clientConfiguration));
      } catch (error) {
        connection.release();

        throw error;
      }
    },
  };
};
