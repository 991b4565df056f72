// Source: jbaudanza/rxeventstore — src/database/pg.js at fa5aa42^ (PgDatabase.notify, before "Fix connection pool leaks"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every notify checks a client out only to escape the channel name and send NOTIFY, and nothing ever releases it (fa5aa42 sends the NOTIFY through `this.pool.query`)
import Pool from "pg-pool";

export default class PgDatabase {
  constructor(config) {
    this.pool = new Pool(config);
  }

  notify(channel, message) {
    return this.pool.connect().then(function (client) {
      let cmd = "NOTIFY " + client.escapeIdentifier(channel);

      if (message) {
        cmd += ", " + client.escapeLiteral(message);
      }

      return client.query(cmd);
    });
  }
}
