// Source: vitaly-t/pg-promise — lib/connect.js (poolConnect), reduced by hand, not copied
// Label: hand-over
// Why: the checked-out client is handed to the caller through the promise executor's `resolve({ client, release })`; the caller's task releases it
"use strict";

function poolConnect(ctx, db) {
  return new Promise((resolve, reject) => {
    const p = db.$pool;
    if (p.ending) {
      reject(new Error("Connection pool of the database object has been destroyed."));
      return;
    }
    p.connect((err, client) => {
      if (err) {
        ctx.onError(err);
        reject(err);
        return;
      }
      if ("$useCount" in client) {
        client.$useCount = client.$useCount >= Number.MAX_SAFE_INTEGER ? 1 : client.$useCount + 1;
      } else {
        Object.defineProperty(client, "$useCount", { value: 0, writable: true });
      }
      const onError = (e) => ctx.onClientError(e, client);
      client.on("error", onError);
      resolve({
        client,
        useCount: client.$useCount,
        release(kill) {
          client.release(kill);
          client.removeListener("error", onError);
        },
      });
    });
  });
}

module.exports = { poolConnect };
