// Source: jbaudanza/rxeventstore — src/database/pg.js at fa5aa42^ (PgDatabase.shouldThrottle, before "Fix connection pool leaks"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the rate-limit check runs its COUNT on a checked-out client inside `.then` and returns the result, never releasing the client (fa5aa42 runs it through `this.pool.query`)
import Pool from "pg-pool";
import { mapKeys } from "lodash";
import { toSQL } from "./filters";

function camelToUnderscore(s) {
  return s.replace(/([A-Z])/g, (m) => "_" + m.toLowerCase());
}

export default class PgDatabase {
  constructor(config) {
    this.pool = new Pool(config);
  }

  shouldThrottle(filters, windowSize, maxCount) {
    filters = mapKeys(filters, (v, k) => camelToUnderscore(k));
    const [where, values] = toSQL(filters);
    const age = `(NOW() - cast($${values.length + 1} AS interval))`;

    const sql = `
      SELECT COUNT(*) AS count, (MIN(timestamp) - ${age}) AS retryafter
      FROM events
      WHERE ${where} AND timestamp > ${age}
    `;

    const p = this.pool.connect().then((client) => client.query(sql, values.concat(windowSize)));

    return p.then((r) => (r.rows[0].count >= maxCount ? r.rows[0].retryafter.seconds : null));
  }
}
