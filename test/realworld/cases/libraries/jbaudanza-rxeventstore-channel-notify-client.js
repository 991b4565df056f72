// Source: jbaudanza/rxeventstore — src/database/pg.js at fa5aa42 (PgDatabase.channel), reduced by hand, not copied
// Label: hand-over
// Why: the first subscription checks out one client for LISTEN and keeps its promise on the instance (`this.notifyClient`) for every later channel, by design: the client belongs to the instance for its life
import Rx from "rxjs";
import Pool from "pg-pool";
import pg from "pg";

const { escapeIdentifier } = pg.Client.prototype;

export default class PgDatabase {
  constructor(config) {
    this.pool = new Pool(config);
  }

  channel(key) {
    // one connection stays open for notifications
    if (!this.notifyClient) {
      this.notifyClient = this.pool.connect();
    }

    return Rx.Observable.fromPromise(this.notifyClient).flatMap(function (client) {
      return Rx.Observable.create(function (observer) {
        if (!("refCounts" in client)) client.refCounts = {};
        if (!(key in client.refCounts)) client.refCounts[key] = 0;
        if (client.refCounts[key] === 0) client.query("LISTEN " + escapeIdentifier(key));
        client.refCounts[key]++;

        function listener(event) {
          if (event.channel === key) observer.next(event.payload);
        }
        client.on("notification", listener);

        return function () {
          client.refCounts[key]--;
          if (client.refCounts[key] === 0) client.query("UNLISTEN " + escapeIdentifier(key));
          client.removeListener("notification", listener);
        };
      });
    });
  }
}
