// Source: googol/drinkkiarkisto — server/pg.js at b090102 (connect, 2015-11-07, pg ^4.4.3, bluebird 3), reduced by hand, not copied
// Label: hand-over
// Why: Bluebird's promisifyAll(pg) with multiArgs: `pg.connectAsync(…).spread` keeps done and resolves the client inside a `.disposer` that calls done, so the checkout belongs to the caller's `Promise.using`, which disposes it however its body ends
import pg from "pg";
import Promise from "bluebird";

Promise.promisifyAll(pg, { filter: (methodName) => methodName === "connect", multiArgs: true });
Promise.promisifyAll(pg);

export function connect(connectionString) {
  var close;
  return pg
    .connectAsync(connectionString)
    .spread(function (client, done) {
      close = done;
      return client;
    })
    .disposer(function () {
      if (close) close();
    });
}
