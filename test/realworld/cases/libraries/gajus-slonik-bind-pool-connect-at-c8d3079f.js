// Source: gajus/slonik — src/binders/bindPool.js at c8d3079f (the pool's `connect(connectionRoutine)` member, "fix: https://imgur.com/gallery/wefaH": the release added on the success path), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix gives the connection back after a routine that resolves, and the catch after one that rejects; but the `onConnect` hook of the client configuration is awaited between `pool.connect()` and the try: a hook that throws leaves the connection checked out
import bindPoolConnection from "./bindPoolConnection";

export default (parentLog, pool, clientConfiguration) => {
  return {
    connect: async (connectionRoutine) => {
      const connection = await pool.connect();

      const bindedConnection = bindPoolConnection(parentLog, pool, connection, clientConfiguration);

      if (clientConfiguration.onConnect) {
        await clientConfiguration.onConnect(bindedConnection);
      }

      let result;

      try {
        result = await connectionRoutine(bindedConnection);
      } catch (error) {
        await connection.release();

        throw error;
      }

      await connection.release();

      return result;
    },
  };
};
