// Source: gajus/slonik — src/binders/bindPool.js at 20bb4fd9^ (internalConnect, before "test: add test cases for connection releasing in case of an error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the afterPoolConnection interceptors are awaited after `pool.connect()` and before the try whose finally releases: an interceptor that throws (the case the commit's new tests cover) leaves the connection checked out
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

    for (const interceptor of clientConfiguration.interceptors) {
      if (interceptor.afterPoolConnection) {
        await interceptor.afterPoolConnection(connectionContext, boundConnection);
      }
    }

    let result;
    try {
      result = await connectionRoutine(boundConnection);
    } finally {
      for (const interceptor of clientConfiguration.interceptors) {
        if (interceptor.beforePoolConnectionRelease) {
          await interceptor.beforePoolConnectionRelease(connectionContext, boundConnection);
        }
      }
      await connection.release();
    }
    return result;
  };

  return {
    any: (query) => internalConnect((connection) => connection.any(query), query),
    connect: (connectionRoutine) => internalConnect(connectionRoutine),
  };
};
