// Source: gajus/slonik — src/binders/bindPool.js at 20bb4fd9 (internalConnect, "test: add test cases for connection releasing in case of an error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix releases when an afterPoolConnection interceptor or the routine throws, and in a finally around the beforePoolConnectionRelease interceptors; but the logger's `child(…)` and `bindPoolConnection(…)` are still called between `pool.connect()` and the first try, outside any release (the corpus counts calls there)
import bindPoolConnection from "./bindPoolConnection";

export default (parentLog, pool, clientConfiguration) => {
  const poolId = parentLog.getContext().poolId;

  const internalConnect = async (connectionRoutine, query = null) => {
    // (the beforePoolConnection interceptors, which may route the call to another slonik pool, are dropped)
    const connection = await pool.connect();
    const connectionId = connection.connection.slonik.connectionId;
    const connectionLog = parentLog.child({ connectionId });
    const connectionContext = { connectionId, log: connectionLog, poolId };
    const boundConnection = bindPoolConnection(connectionLog, pool, connection, clientConfiguration);

    try {
      for (const interceptor of clientConfiguration.interceptors) {
        if (interceptor.afterPoolConnection) {
          await interceptor.afterPoolConnection(connectionContext, boundConnection);
        }
      }
    } catch (error) {
      await connection.release();
      throw error;
    }

    let result;
    try {
      result = await connectionRoutine(boundConnection);
    } catch (error) {
      await connection.release();
      throw error;
    }

    try {
      for (const interceptor of clientConfiguration.interceptors) {
        if (interceptor.beforePoolConnectionRelease) {
          await interceptor.beforePoolConnectionRelease(connectionContext, boundConnection);
        }
      }
    } finally {
      await connection.release();
    }
    return result;
  };

  return {
    any: (query) => internalConnect((connection) => connection.any(query), query),
    connect: (connectionRoutine) => internalConnect(connectionRoutine),
  };
};
